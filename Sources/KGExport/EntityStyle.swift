/// How an entity type looks in a drawing: a shape plus a fill colour, chosen so the six types
/// stay distinguishable in print (shape) as well as on screen (colour).
struct EntityStyle: Sendable, Hashable {
    var shape: String
    var fill: String

    /// The types the store knows, in legend order.
    static let known: [(type: String, style: EntityStyle)] = [
        ("person", EntityStyle(shape: "ellipse", fill: "#fdd0a2")),
        ("organization", EntityStyle(shape: "box", fill: "#c6dbef")),
        ("place", EntityStyle(shape: "house", fill: "#c7e9c0")),
        ("object", EntityStyle(shape: "box3d", fill: "#e0e0e0")),
        ("event", EntityStyle(shape: "octagon", fill: "#fcbba1")),
        ("concept", EntityStyle(shape: "note", fill: "#dadaeb")),
    ]

    /// Any type the table does not know (a newer kg, a hand-edited store).
    static let other = EntityStyle(shape: "ellipse", fill: "#ffffff")

    static func of(_ type: String) -> EntityStyle {
        known.first { $0.type == type }?.style ?? other
    }

    /// Legend rows for the types present, known ones in table order, then others by name.
    static func legend(for types: Set<String>) -> [(type: String, style: EntityStyle)] {
        let knownRows = known.filter { types.contains($0.type) }
        let others = types.subtracting(known.map(\.type)).sorted().map { ($0, other) }
        return knownRows + others
    }
}

import KGCore
import KGLanguage

/// A reading a greedy parser gets wrong around verbs of giving and paying.
extension ParseRepair {
    /// `is to pay Statoil 2bn kroner` parsed with the name as a compound of the amount's noun: a
    /// name right after a verb (or its determiner) that is followed by a number or currency sign
    /// inside the verb's object is the verb's indirect object, and the number the object's own.
    static func recipientReadAsCompoundOfAnAmount(_ tokens: inout [Token], _ tree: DependencyTree) {
        for o in tree.indices where tree.is(o, [.obj]) {
            guard let v = tree.head(o), v < o, tree.upos(v) == .verb,
                  let name = tree.kids(o, [.compound]).first(where: { tree.upos($0) == .propn }) else { continue }
            var start = v + 1
            if start < name, tree.upos(start) == .det, tree.head(start) == name || tree.head(start) == o { start += 1 }
            guard start == name else { continue }
            var end = name + 1  // past the name's own words (`Royal Mail`)
            while end < o, tree.upos(end) == .propn, tree.head(end) == name || tree.head(end) == o { end += 1 }
            guard end < o, tree.upos(end) == .num || tree.upos(end) == .sym else { continue }
            tokens[name].head = v
            tokens[name].deprel = .iobj
            for k in end..<o where tree.head(k) == name {
                tokens[k].head = o
                tokens[k].deprel = tree.upos(k) == .num ? .nummod : .compound
            }
            if start < name { tokens[start].head = name }
        }
    }
}

extension ParseRepair {
    /// `had sold Vela Motors a stake` parsed with the name inside the object (a predeterminer or
    /// compound of `stake`): a name right after the verb that a determiner of the object follows
    /// cannot modify the object's noun, so it is a second object, the recipient. Verbs that name
    /// their object something (`elected Ana Ruiz its leader`) are left alone.
    static func recipientReadAsPartOfTheObject(_ tokens: inout [Token], _ tree: DependencyTree) {
        for o in tree.indices where tree.is(o, [.obj]) {
            guard let v = tree.head(o), v + 1 < o, tree.upos(v) == .verb, !RepairLexicon.naming.contains(tree.lemma(v)),
                  tree.upos(v + 1) == .propn else { continue }
            var end = v + 1  // past the name's own words (`Vela Motors`)
            while end < o, tree.upos(end) == .propn { end += 1 }
            let name = v + 1..<end
            guard end < o, tree.upos(end) == .det || tree.tokens[end].xpos == .prpPossessive, tree.head(end) == o,
                  name.allSatisfy({ tree.dominates(o, $0) }),
                  let head = name.first(where: { tree.head($0).map { !name.contains($0) } ?? false }),
                  name.allSatisfy({ $0 == head || tree.dominates(head, $0) }) else { continue }
            tokens[head].head = v
            tokens[head].deprel = .iobj
        }
    }
}

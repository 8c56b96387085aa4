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

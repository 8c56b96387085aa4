import KGCore
import Foundation

/// Trains a `Parser` with Goldberg & Nivre's (2012) dynamic oracle: after the first iterations the
/// trainer mostly follows its own (possibly wrong) predictions and learns the best action from
/// there, which a greedy parser needs to recover from its mistakes at parsing time.
struct ParserTrainer {
    var iterations = 15
    var seed: UInt64 = 1
    var pruneThreshold: Float = 0.5
    /// Features whose largest averaged weight is below this are dropped from the stored model.
    var featureThreshold: Float = 1
    /// Iterations before exploration starts, and how often the model's own action is followed then.
    var explorationStart = 1
    var explorationProbability = 0.9

    /// A training sentence: lowercase word hashes, tag ids (ideally predicted), gold heads
    /// (-1 root) and gold relations.
    struct Example {
        var words: [UInt64]
        var tags: [Int]
        var heads: [Int]
        var relations: [String]
    }

    static func labels(of examples: [Example]) -> [String] {
        var counts: [String: Int] = [:]
        for example in examples { for relation in example.relations { counts[relation, default: 0] += 1 } }
        counts["root", default: 0] += 0
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    func train(_ examples: [Example], tags: [String], dev: [Example] = [], log: (String) -> Void = { _ in }) -> Parser {
        let labels = Self.labels(of: examples)
        let labelIds = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let labelCount = labels.count
        let rootLabel = labelIds["root"]!
        let actionCount = 1 + 2 * labelCount
        let coarse = Parser.coarse(tags)
        let model = AveragedPerceptron(classCount: actionCount)
        var generator = SeededGenerator(seed: seed)
        var order = Array(examples.indices)
        var scores = [Float](repeating: 0, count: actionCount)
        var costs = [Int](repeating: 0, count: actionCount)

        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &generator)
            var correct = 0, total = 0
            scores.withUnsafeMutableBufferPointer { scores in
                for e in order {
                    let example = examples[e]
                    let n = example.words.count
                    let gold = example.heads.map { $0 < 0 ? n : $0 }
                    let goldLabels = example.relations.map { labelIds[$0] ?? 0 }
                    let explore = iteration > explorationStart
                    _ = Parser.decode(words: example.words, tags: example.tags, coarse: coarse, labelCount: labelCount,
                                      rootLabel: rootLabel) { state, features in
                        model.score(features, into: scores)
                        Self.costs(state, gold: gold, goldLabels: goldLabels, into: &costs)
                        var guess = -1, truth = -1
                        for a in 0..<actionCount where state.isLegal(a) {
                            if guess < 0 || scores[a] > scores[guess] { guess = a }
                            if truth < 0 || costs[a] < costs[truth] || (costs[a] == costs[truth] && scores[a] > scores[truth]) { truth = a }
                        }
                        if costs[guess] > costs[truth] { model.update(features, truth: truth, guess: guess) } else { correct += 1 }
                        total += 1
                        model.tick()
                        if explore && costs[guess] > costs[truth] && Double.random(in: 0..<1, using: &generator) < explorationProbability {
                            return guess
                        }
                        return truth
                    }
                }
            }
            var message = "parser iteration \(iteration): train actions \(percent(correct, total))"
            if !dev.isEmpty {
                var devScores = [Float](repeating: 0, count: actionCount)
                var attached = 0, labelled = 0, words = 0
                devScores.withUnsafeMutableBufferPointer { devScores in
                    for example in dev {
                        let parse = Parser.decodeInPieces(words: example.words, tags: example.tags, coarse: coarse, labelCount: labelCount,
                                                          rootLabel: rootLabel, joinLabel: rootLabel) { state, features in
                            model.score(features, into: devScores, averaged: true)
                            return Parser.best(devScores, state: state)
                        }
                        for i in 0..<parse.heads.count {
                            words += 1
                            if parse.heads[i] == example.heads[i] {
                                attached += 1
                                if DependencyRelation(labels[parse.labels[i]]).universal == DependencyRelation(example.relations[i]).universal { labelled += 1 }
                            }
                        }
                    }
                }
                message += ", dev UAS \(percent(attached, words)) LAS \(percent(labelled, words))"
            }
            log(message)
        }
        return Parser(labels: labels, tags: tags, weights: model.compacted(threshold: pruneThreshold, featureThreshold: featureThreshold))
    }

    /// The number of gold arcs each action makes unreachable (arc-hybrid costs, Goldberg & Nivre 2013).
    static func costs(_ state: ArcHybrid, gold: [Int], goldLabels: [Int], into costs: inout [Int]) {
        let n = state.count, b = state.next, stack = state.stack, L = state.labelCount
        let s0 = stack.last ?? -1
        let s1 = stack.count > 1 ? stack[stack.count - 2] : -1
        var shift = 0, left = 0, right = 0
        if b < n {
            for k in stack {
                if gold[k] == b { shift += 1 }
                if k == gold[b] && k != s0 { shift += 1 }
            }
        }
        if s0 >= 0 {
            var children = 0
            for k in b..<n where gold[k] == s0 { children += 1 }
            left = children + ((gold[s0] != b && (gold[s0] == s1 || gold[s0] > b)) ? 1 : 0)
            right = children + (gold[s0] >= b ? 1 : 0)
        }
        costs[0] = shift
        for l in 0..<L {
            costs[1 + l] = left + (s0 >= 0 && gold[s0] == b && goldLabels[s0] != l ? 1 : 0)
            costs[1 + L + l] = right + (s0 >= 0 && gold[s0] == s1 && goldLabels[s0] != l ? 1 : 0)
        }
    }
}

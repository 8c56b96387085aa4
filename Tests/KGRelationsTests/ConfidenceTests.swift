import KGCore
import Testing
@testable import KGRelations

/// The confidence of a fact only ever falls with weaker evidence: an end that is not a named
/// entity, an inherited subject, a longer reach or a deeper predicate never raise it.
@Suite struct ConfidenceTests {
    static let patterns: [Confidence.Pattern] = [
        .object, .oblique, .reciprocal, .copula, .apposition, .possessive, .role, .nominal, .expanded, .passiveWithoutAgent,
    ]

    static func calibrated(_ score: Double, person: Bool = false, title: Bool = false, name: String = "Dana Okafor") -> Double {
        Confidence.calibrated(reading: score, subject: Entity(name: name, type: person ? .person : .organization), title: title)
    }

    @Test func anUnnamedEndNeverRaisesConfidence() {
        for pattern in Self.patterns {
            for inherited in [false, true] {
                for distance in [1, 6, 15, 40] {
                    for depth in [1, 3, 8] {
                        let readings = (0...2).map {
                            Confidence.score(pattern, named: $0, inherited: inherited, distance: distance, depth: depth)
                        }
                        #expect(readings[0] <= readings[1] && readings[1] <= readings[2])
                        let chances = readings.map { Self.calibrated($0) }
                        #expect(chances[0] <= chances[1] && chances[1] <= chances[2])
                    }
                }
            }
        }
    }

    @Test func inheritanceReachAndDepthNeverRaiseConfidence() {
        for pattern in Self.patterns {
            let plain = Confidence.score(pattern, named: 2, inherited: false, distance: 2, depth: 1)
            #expect(Confidence.score(pattern, named: 2, inherited: true, distance: 2, depth: 1) <= plain)
            #expect(Confidence.score(pattern, named: 2, inherited: false, distance: 20, depth: 1) <= plain)
            #expect(Confidence.score(pattern, named: 2, inherited: false, distance: 2, depth: 6) <= plain)
        }
    }

    @Test func theChanceRisesWithTheReadingAndStaysBetweenZeroAndOne() {
        let readings = stride(from: 0.0, through: 1.0, by: 0.05).map { Self.calibrated($0) }
        #expect(zip(readings, readings.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(readings.allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func aPersonAsSubjectAndATitleRaiseTheChance() {
        for reading in [0.3, 0.6, 0.9] {
            #expect(Self.calibrated(reading, person: true) > Self.calibrated(reading))
            #expect(Self.calibrated(reading, person: true, title: true) > Self.calibrated(reading, person: true))
        }
    }

    @Test func aPersonNamedByOneWordIsLessSureThanOneWithAFullName() {
        // `Okafor thanked Norbank` with no first name anywhere in the article: often a surname that
        // joined the wrong person, or a title or club read as a person.
        for reading in [0.3, 0.6, 0.9] {
            #expect(Self.calibrated(reading, person: true, name: "Okafor") < Self.calibrated(reading, person: true))
            #expect(Self.calibrated(reading, person: false, name: "Norbank") == Self.calibrated(reading, person: false))
        }
    }

    @Test func aPersonsPlainStatementAboutANameClearsTheFloor() {
        // `Dana Okafor thanked Norbank`: a person acting on a named end in the surest construction is
        // drawn and walked by default, though its chance is well below the construction's reading.
        let reading = Confidence.score(.object, named: 2, inherited: false, distance: 1, depth: 1)
        let chance = Self.calibrated(reading, person: true)
        #expect(chance < reading)
        #expect(chance >= EdgeConfidence.trusted)
    }
}

import Testing
@testable import KGReader

@Suite struct DateFinderTests {
    @Test(arguments: [
        ("2023-11-04", "2023-11-04"),
        ("2023-11-04T08:15:00+01:00", "2023-11-04"),
        ("2023/11/04", "2023-11-04"),
        ("20231104", "2023-11-04"),
        ("Nov 4, 2023", "2023-11-04"),
        ("November 4, 2023", "2023-11-04"),
        ("Nov. 4, 2023", "2023-11-04"),
        ("Sept. 30, 2022", "2022-09-30"),
        ("4 November 2023", "2023-11-04"),
        ("4th of November, 2023", "2023-11-04"),
        ("Saturday, 4 Nov 2023 08:15:00 GMT", "2023-11-04"),
        ("Posted at 9:40 AM, Mar 3, 2021", "2021-03-03"),
        ("Updated 11:02 PM ET, Thu February 29, 2024", "2024-02-29"),
        ("25/12/2020", "2020-12-25"),
        ("12/25/2020", "2020-12-25"),
    ])
    func findsDates(_ text: String, _ expected: String) {
        #expect(DateFinder.firstDate(in: text) == expected)
    }

    @Test(arguments: ["February 30, 2023", "2023-13-01", "05/06/2020", "the may 4 meeting", "no date here", "1234-56"])
    func ignoresImpossibleOrAmbiguousDates(_ text: String) {
        #expect(DateFinder.firstDate(in: text) == nil)
    }

    @Test func convertsUnixTimestamps() {
        #expect(DateFinder.day(fromTimestamp: 0.5) == "1970-01-01")
        #expect(DateFinder.day(fromTimestamp: 1_709_164_800) == "2024-02-29")
        #expect(DateFinder.day(fromTimestamp: 1_709_164_800_000) == "2024-02-29")
    }
}

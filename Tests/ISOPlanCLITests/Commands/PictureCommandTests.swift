import Foundation
import Testing
@testable import ISOPlanTestSupport

/// `report --format html` and `timeline --format svg|html|ics` through the built CLI.
@Suite struct PictureCommandTests {
    @Test func reportHTMLOnTheSamplePortfolio() throws {
        let r = try CLIRunner.run(["report", "--period", "2019-Q3", "plans", "--format", "html", "--lang", "vi"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(r.stdout.contains(">VĂN PHÒNG BỘ<"))                       // from plans/portfolio.yaml report:
        #expect(r.stdout.contains("Số: ……/BC-VP"))                          // no number yet: a blank
        #expect(r.stdout.contains("Hà Nội, ngày 01 tháng 10 năm 2019"))
        #expect(r.stdout.contains("Sở Lao động - Thương binh và Xã hội tỉnh Đắk Lắk"))
        #expect(r.stdout.components(separatedBy: "<svg ").count - 1 >= 14)
    }

    @Test func timelineSVGAndHTMLForOneAgencyAndThePortfolio() throws {
        let one = try CLIRunner.run(["timeline", "plans/agencies/ha-noi.yaml", "--format", "svg", "--lang", "vi"])
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"467.72pt\""))
        #expect(one.stdout.contains("Ngày đánh giá 01/10/2019"))
        let all = try CLIRunner.run(["timeline", "plans", "--format", "html", "--lang", "en"])
        #expect(all.status == 0)
        #expect(all.stdout.contains("<html lang=\"en\">") && all.stdout.contains("Evaluated on 01/10/2019"))
    }

    @Test func timelineICSIsIdenticalAcrossRunsAndUsesTheEvaluationDate() throws {
        let a = try CLIRunner.run(["timeline", "plans", "--format", "ics"])
        let b = try CLIRunner.run(["timeline", "plans", "--format", "ics"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(a.stdout.contains("DTSTAMP:20191001T000000Z\r\n"))
        let c = try CLIRunner.run(["timeline", "plans", "--format", "ics", "--as-of", "2019-11-01"])
        #expect(c.stdout.contains("DTSTAMP:20191101T000000Z\r\n"))
    }
}

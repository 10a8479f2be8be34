import Foundation
import Testing
@testable import ISOPlanTestSupport

/// The first line of `isoplan check` on a plan with one mistake people make by hand names the
/// line of the mistake and a fix, in English and in Vietnamese; the file has no other error.
@Suite struct CheckMistakesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let en: String
        let vi: String
        var testDescription: String { file }
    }

    static let dir = "Tests/ISOPlanCLITests/Fixtures/Mistakes/"

    static let cases = [
        Case(file: "colon-in-title.yaml",
             en: "8:12: error: the value of 'title' contains ': ', which YAML reads as a new key; put the whole value "
                + "in double quotes: title: \"Ban chỉ đạo: kiện toàn\" [yaml-syntax]",
             vi: "8:12: error: giá trị của 'title' có ': ', YAML hiểu đó là một khóa mới; hãy đặt cả giá trị trong "
                + "dấu ngoặc kép: title: \"Ban chỉ đạo: kiện toàn\" [yaml-syntax]"),
        Case(file: "no-space.yaml",
             en: "11:5: error: 'duration:5' has no space after the colon; write 'duration: 5' [yaml-syntax]",
             vi: "11:5: error: 'duration:5' thiếu dấu cách sau dấu hai chấm; hãy viết 'duration: 5' [yaml-syntax]"),
        Case(file: "unclosed-quote.yaml",
             en: "8:12: error: the quote \" opened here is never closed; add a closing \" at the end of the value [yaml-syntax]",
             vi: "8:12: error: dấu ngoặc \" mở ở đây chưa được đóng; hãy thêm \" vào cuối giá trị [yaml-syntax]"),
        Case(file: "indent.yaml",
             en: "9:3: error: 'step' is indented by 2 spaces, but the field above it by 4; indent it by 4 spaces like "
                + "the other fields of the same block [yaml-syntax]",
             vi: "9:3: error: 'step' thụt lề 2 dấu cách, còn trường ở trên thụt 4; hãy thụt lề 4 dấu cách như các "
                + "trường khác cùng khối [yaml-syntax]"),
        Case(file: "date-form.yaml",
             en: "13:14: error: 'done_on' is '01/03/2019', a real date in the wrong form; write it as YYYY-MM-DD: "
                + "done_on: 2019-03-01 [invalid-date]",
             vi: "13:14: error: 'done_on' là '01/03/2019', một ngày có thật nhưng viết sai dạng; hãy viết theo dạng "
                + "YYYY-MM-DD: done_on: 2019-03-01 [invalid-date]"),
        Case(file: "misspelt-duration.yaml",
             en: "11:5: error: unknown key 'duraton' in a task; did you mean 'duration'? [unknown-key]",
             vi: "11:5: error: khóa 'duraton' không hợp lệ trong công việc (task); có phải ý bạn là 'duration'? [unknown-key]"),
        Case(file: "duration-words.yaml",
             en: "11:15: error: 'duration' is '2 tuần'; give working days as a number (5), days (\"5d\") or weeks "
                + "(\"3w\" = 15 working days), at most 5000 days; here: duration: 2w [invalid-duration]",
             vi: "11:15: error: 'duration' là '2 tuần'; hãy ghi số ngày làm việc: một số (5), ngày (\"5d\") hoặc tuần "
                + "(\"3w\" = 15 ngày làm việc), tối đa 5000 ngày; ở đây: duration: 2w [invalid-duration]"),
        Case(file: "misspelt-step.yaml",
             en: "9:11: error: unknown migration step 'steering-comittee'; did you mean 'steering-committee'? [unknown-step]",
             vi: "9:11: error: không có bước chuyển đổi nào tên 'steering-comittee'; có phải ý bạn là 'steering-committee'? "
                + "[unknown-step]"),
    ]

    @Test(arguments: cases)
    func firstLineNamesTheMistakeAndTheFix(_ c: Case) throws {
        let path = Self.dir + c.file
        let en = try CLIRunner.run(["check", "--as-of", "2019-03-04", path])
        #expect(en.status == 1)
        #expect(en.stdout.split(separator: "\n").first.map(String.init) == path + ":" + c.en)
        #expect(en.stdout.hasSuffix("Checked 1 file: 1 error, 0 warnings.\n"), "one mistake, one error:\n\(en.stdout)")
        let vi = try CLIRunner.run(["check", "--lang", "vi", "--as-of", "2019-03-04", path])
        #expect(vi.stdout.split(separator: "\n").first.map(String.init) == path + ":" + c.vi)
        #expect(vi.stdout.hasSuffix("Đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo.\n"))
    }

    @Test func theLanguageComesFromTheLocaleWhenNotGiven() throws {
        let path = Self.dir + "no-space.yaml"
        let r = try CLIRunner.run(["check", "--as-of", "2019-03-04", path], env: ["LANG": "vi_VN.UTF-8"])
        #expect(r.stdout.contains("thiếu dấu cách sau dấu hai chấm"))
        let forced = try CLIRunner.run(["check", "--lang", "en", "--as-of", "2019-03-04", path], env: ["LANG": "vi_VN.UTF-8"])
        #expect(forced.stdout.contains("has no space after the colon"))
    }

    @Test func theFixtureWithoutTheMistakeIsClean() throws {
        let r = try CLIRunner.run(["check", "--as-of", "2019-03-04", Self.dir + "valid.yaml"])
        #expect(r.status == 0 && r.stdout == "Checked 1 file: 0 errors, 0 warnings.\n", "\(r.stdout)")
    }
}

extension CheckMistakesTests {
    @Test func riskQuotesTheFirstErrorInTheLanguageAsked() throws {
        let path = Self.dir + "no-space.yaml"
        let vi = try CLIRunner.run(["risk", "--lang", "vi", "--width", "200", "--as-of", "2019-03-04", path])
        #expect(vi.stdout.contains("sửa theo `isoplan check`: 'duration:5' thiếu dấu cách sau dấu hai chấm"), "\(vi.stdout)")
        let en = try CLIRunner.run(["risk", "--lang", "en", "--width", "200", "--as-of", "2019-03-04", path])
        #expect(en.stdout.contains("fix it with `isoplan check`: 'duration:5' has no space after the colon"), "\(en.stdout)")
    }
}

import Foundation

/// Finds the likely cause of a YAML syntax error in the mistakes people make when they edit
/// a plan by hand, so the diagnostic names the line to fix and how, not libyaml's grammar.
///
/// libyaml often notices a mistake lines after it: a missing space after ':' on the next
/// line, an unclosed quote at the end of the file. The text up to the error is read again,
/// line by line, for those mistakes.
struct YAMLMistake {
    let file: String
    let lines: [Substring]

    /// Every key of the plan and portfolio formats: `key:value` is only taken for a missing
    /// space when the key is one of these (a URL or a time must not be).
    static let knownKeys: Set<String> = Set(PlanDecoder.planKeys + PlanDecoder.agencyKeys + PlanDecoder.contactKeys
        + PlanDecoder.baselineKeys + PlanDecoder.targetKeys + PlanDecoder.taskKeys + PlanDecoder.notApplicableKeys
        + PortfolioDecoder.rootKeys + PortfolioDecoder.portfolioKeys + PortfolioDecoder.calendarKeys
        + PortfolioDecoder.dayKeys + PortfolioDecoder.reportKeys)

    init(file: String, text: String) {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The diagnostic for libyaml's `problem` at `at`, met `context` (e.g. "while parsing a
    /// flow mapping") that began at `contextMark`: the start of a quoted scalar that never
    /// ended, or the `[` or `{` of the flow collection being read.
    func diagnose(problem: String, at: SourceLocation, context: String?, contextMark: SourceLocation) -> Diagnostic {
        let last = min(max(at.line, 1), lines.count)
        let quoteStart = context == "while scanning a quoted scalar" ? contextMark : nil
        let inFlow = context?.hasPrefix("while parsing a flow") == true
        if let tab = firstTabIndent(upTo: last) { return .yamlTab(at: tab) }
        if let q = quoteStart ?? unclosedQuote(from: max(1, last - 10), upTo: last) {
            let quote = line(q.line).dropFirst(q.column - 1).first ?? "\""
            return .yamlUnclosedQuote(quote, at: q)
        }
        for n in stride(from: last, through: max(1, last - 2), by: -1) {
            if let d = missingSpace(n) { return d }
        }
        if problem.hasPrefix("mapping values are not allowed"), let d = colonInValue(last) { return d }
        if inFlow {
            if let d = colonInFlowValue(at) { return d }
            return .yamlUnclosedBracket(context?.contains("flow sequence") == true ? "]" : "}", at: contextMark)
        }
        if let d = indentation(last) { return d }
        if problem.hasPrefix("did not find expected '-' indicator"), let d = listItem(last) { return d }
        return .yamlSyntax(problem + (context.map { " " + $0 } ?? ""), at: at)
    }

    /// `{id: a, title: Họp: kế hoạch}`: a value inside braces holding `: `, where libyaml
    /// stopped at the second colon.
    func colonInFlowValue(_ at: SourceLocation) -> Diagnostic? {
        let l = Array(line(at.line))
        let i = at.column - 1
        guard i > 0, i < l.count, l[i] == ":" else { return nil }
        var start = i
        while start > 0 && l[start - 1] != "," && l[start - 1] != "{" { start -= 1 }
        let entry = String(l[start..<i]).trimmingSpaces
        guard let sep = entry.range(of: ": ") else { return nil }
        var end = i
        while end < l.count && l[end] != "," && l[end] != "}" { end += 1 }
        let key = String(entry[..<sep.lowerBound])
        let value = String(entry[sep.upperBound...]) + String(l[i..<end])
        let column = start + 1 + (String(l[start..<i]).count - String(l[start..<i]).drop { $0 == " " }.count)
            + key.count + 2
        return .yamlColonInValue(key: key, value: String(value.trimmingSpaces), at: loc(at.line, column))
    }

    /// A line inside a list that does not start with `- ` like the items above it.
    func listItem(_ n: Int) -> Diagnostic? {
        let (indent, _, _) = parts(n)
        var p = n - 1
        while p >= 1 && !line(p).dropFirst(parts(p).indent).hasPrefix("- ") { p -= 1 }
        guard p >= 1, !line(n).dropFirst(indent).hasPrefix("- ") else { return nil }
        return .yamlListItem(found: indent, expected: parts(p).indent, at: loc(n, indent + 1))
    }

    func line(_ n: Int) -> Substring { n >= 1 && n <= lines.count ? lines[n - 1] : "" }

    func loc(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// Spaces before the content, and the content after an optional `- `.
    func parts(_ n: Int) -> (indent: Int, keyColumn: Int, content: Substring) {
        let l = line(n)
        let indent = l.prefix { $0 == " " }.count
        var content = l.dropFirst(indent)
        var keyColumn = indent
        while content.hasPrefix("- ") {
            content = content.dropFirst(2)
            let more = content.prefix { $0 == " " }.count
            content = content.dropFirst(more)
            keyColumn += 2 + more
        }
        return (indent, keyColumn, content)
    }

    /// The first line up to `last` indented with a tab.
    func firstTabIndent(upTo last: Int) -> SourceLocation? {
        for n in 1...max(1, last) {
            let l = line(n)
            if let i = l.prefix(while: { $0 == " " || $0 == "\t" || $0 == "-" }).firstIndex(of: "\t") {
                return loc(n, l.distance(from: l.startIndex, to: i) + 1)
            }
        }
        return nil
    }

    /// The first quote in lines `first...last` that opens a value and is not closed on its line.
    func unclosedQuote(from first: Int, upTo last: Int) -> SourceLocation? {
        guard first <= last else { return nil }
        for n in first...last {
            let l = Array(line(n))
            var i = 0
            var prev: Character = " "
            while i < l.count {
                let c = l[i]
                if c == "#" && prev == " " { break }
                if (c == "\"" || c == "'") && " [{,:-".contains(prev) {
                    guard let end = closing(l, quote: c, from: i + 1) else { return loc(n, i + 1) }
                    i = end + 1
                    prev = c
                    continue
                }
                prev = c
                i += 1
            }
        }
        return nil
    }

    /// Where the quote opened before `from` closes on the line.
    func closing(_ l: [Character], quote: Character, from: Int) -> Int? {
        var i = from
        while i < l.count {
            if quote == "\"" && l[i] == "\\" { i += 2; continue }
            if l[i] == quote {
                if quote == "'" && i + 1 < l.count && l[i + 1] == "'" { i += 2; continue }
                return i
            }
            i += 1
        }
        return nil
    }

    /// `duration:8`: a known key, a colon, and no space.
    func missingSpace(_ n: Int) -> Diagnostic? {
        let (_, keyColumn, content) = parts(n)
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = String(content[..<colon])
        let value = content[content.index(after: colon)...]
        guard Self.knownKeys.contains(key), let first = value.first, first != " " else { return nil }
        return .yamlNoSpaceAfterColon(key: key, value: String(value.trimmingTrailingSpaces), at: loc(n, keyColumn + 1))
    }

    /// `title: Họp: kế hoạch`: a value holding `: `.
    func colonInValue(_ n: Int) -> Diagnostic? {
        let (_, keyColumn, content) = parts(n)
        guard let sep = content.range(of: ": ") else { return nil }
        let key = String(content[..<sep.lowerBound])
        let value = content[sep.upperBound...].trimmingTrailingSpaces
        guard !key.contains(" "), value.contains(": "), !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        return .yamlColonInValue(key: key, value: String(value), at: loc(n, keyColumn + key.count + 3))
    }

    /// A `key:` line indented differently from the field above it.
    func indentation(_ n: Int) -> Diagnostic? {
        let (indent, _, content) = parts(n)
        guard !content.isEmpty, !line(n).dropFirst(indent).hasPrefix("- "),
              let colon = content.firstIndex(of: ":") else { return nil }
        let key = String(content[..<colon])
        guard Self.knownKeys.contains(key) else { return nil }
        var p = n - 1
        while p >= 1 && (parts(p).content.isEmpty || parts(p).content.hasPrefix("#")) { p -= 1 }
        guard p >= 1 else { return nil }
        let above = parts(p)
        guard !above.content.hasSuffix(":"), above.keyColumn != indent else { return nil }
        return .yamlIndentation(key: key, found: indent, expected: above.keyColumn, at: loc(n, indent + 1))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while s.last == " " || s.last == "\r" { s.removeLast() }
        return s
    }
}

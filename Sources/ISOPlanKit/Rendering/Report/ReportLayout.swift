/// The periodic report in parts, so a portfolio of any size can be written one agency at a time:
/// each agency's bytes are made as soon as its plan is evaluated (they depend on that agency
/// alone), and the parts around them — the head with the counts, the overview table and the
/// portfolio chart, the group headings, the actions at the end — from one summary row per
/// agency once all are in. `render` puts the parts of an in-memory report together; the
/// `report` command puts the same parts together from a spool, so both write the same bytes.
public struct ReportLayout: Sendable {
    public var format: ReportFormat
    public var options: ReportOptions

    public init(_ format: ReportFormat, _ options: ReportOptions) {
        self.format = format
        self.options = options
    }

    /// One piece of the output: text, bytes, or the bytes of the agency at this index of the rows.
    public enum Segment {
        case text(String)
        case bytes([UInt8])
        case agency(Int)
    }

    /// One agency's bytes, after its heading (which `write` makes: it names the file when another
    /// agency has the same name). `r` gives the period and the evaluation date (its entries are
    /// not read).
    public func agency(_ e: PeriodicReport.Entry, _ r: PeriodicReport) -> [UInt8] {
        switch format {
        case .markdown, .text:
            var out: [UInt8] = []
            ReportDocumentRenderer.piece(e, r, options, markdown: format == .markdown, into: &out)
            return out
        case .json: return ReportJSONRenderer.agencyBytes(e, options)
        case .csv: return Array(ReportCSVRenderer.row(e, r, options).utf8)
        case .html:
            var out: [UInt8] = []
            ReportHTMLRenderer.agency(e, r, options.language, into: &out)
            out.append(0x0A)
            return out
        }
    }

    /// The report in output order: `r` holds every agency's summary row (its entries, in the
    /// report's order) and the summary; `emit` gets the text around the agencies and the index
    /// of each agency whose bytes come next, and returns false to stop (a failed write).
    /// `charts` gives the HTML report's pictures (`ReportCharts`). Returns false when stopped.
    @discardableResult
    public func write(_ r: PeriodicReport, charts: ReportCharts = ReportCharts(),
                      emit: (Segment) -> Bool) -> Bool {
        let md = format == .markdown
        switch format {
        case .json:
            let d = ReportJSONRenderer.document(r, options)
            guard emit(.text(d.head)) else { return false }
            for i in r.entries.indices {
                if i > 0 { guard emit(.text(d.separator)) else { return false } }
                guard emit(.agency(i)) else { return false }
            }
            return emit(.text(d.tail))
        case .csv:
            guard emit(.text(ReportCSVRenderer.headerLine)) else { return false }
            for i in r.entries.indices { guard emit(.agency(i)) else { return false } }
            return true
        case .markdown, .text, .html:
            let html = format == .html
            if html {
                guard emit(.bytes(ReportHTMLRenderer.head(r, options, charts: charts))) else { return false }
            } else {
                guard emit(.text(ReportDocumentRenderer.head(r, options, markdown: md))) else { return false }
            }
            // The agencies' headings name their files where two agencies show the same name.
            let file = AgencyRisk.fileSuffixes(r.entries.map(\.risk), options.language)
            var n = 0
            for type in [AgencyType.ministryUnit, .provincialDepartment, nil] {
                let group = r.entries.indices.filter { r.entries[$0].group == type }
                guard !group.isEmpty else { continue }
                n += 1
                let heading = html ? ReportHTMLRenderer.groupHeading(type, number: n, options.language)
                                   : ReportDocumentRenderer.groupHeading(type, number: n, options, markdown: md)
                guard emit(.text(heading)) else { return false }
                for i in group {
                    let title = html ? ReportHTMLRenderer.agencyHeading(r.entries[i], suffix: file[i], options.language)
                                     : ReportDocumentRenderer.agencyHeading(r.entries[i], suffix: file[i], options, markdown: md)
                    guard emit(.text(title)), emit(.agency(i)) else { return false }
                    guard html, r.entries[i].risk.level != nil, let figures = charts.figures[r.entries[i].risk.id]
                    else { continue }
                    guard emit(.bytes(figures)) else { return false }
                }
            }
            return emit(.text(html ? ReportHTMLRenderer.tail(r, options) : ReportDocumentRenderer.tail(r, options, markdown: md)))
        }
    }

    /// The whole report in memory: the agencies' bytes made in parallel, put together by `write`.
    public func render(_ r: PeriodicReport, charts: ReportCharts = ReportCharts()) -> String {
        let pieces = ParallelMap.map(r.entries) { agency($0, r) }
        var parts: [[UInt8]] = []
        write(r, charts: charts) { segment in
            switch segment {
            case .text(let s): parts.append(Array(s.utf8))
            case .bytes(let b): parts.append(b)
            case .agency(let i): parts.append(pieces[i])
            }
            return true
        }
        return JSONText.joined(parts)
    }
}

import ArgumentParser
import Foundation
import ISOPlanKit

extension ISOPlan {
    /// `isoplan init`: write a new agency plan with one task per migration step.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a new agency plan: one task per migration step with typical durations.",
            discussion: """
            Without -o the plan goes to standard output. An existing file is never replaced \
            unless --force is given; the file is written atomically. Exit status: 0 written; \
            2 could not write (the file exists, or an I/O error); 64 a bad option.
            """)

        @OptionGroup var plan: InitOptions

        @Option(name: [.short, .customLong("output")], help: "File to write (default: standard output).")
        var output: String?
        @Flag(help: "Replace the output file if it exists.")
        var force = false
        @OptionGroup var language: LanguageOptions

        func validate() throws {
            guard let output else { return }
            var isFolder: ObjCBool = false
            if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue) {
                let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
                throw ValidationError("-o \(output) is a folder; give the file to write, e.g. -o \(folder)/\(plan.id).yaml")
            }
        }

        func run() throws {
            let catalog = try Exit.bundledCatalog()
            let schema = output.flatMap(Self.schemaPath(from:)) ?? PlanTemplate.defaultSchemaPath
            let text = PlanTemplateYAMLRenderer.render(plan.template(language: language.language, schemaPath: schema),
                                                       catalog: catalog)
            guard let output else { return Terminal.out(text) }
            switch AtomicFile.write(text, to: output, replace: force) {
            case .written:
                Terminal.err(language.language.pick(
                    vi: "isoplan: đã ghi \(output) (\(catalog.steps.count) công việc); hãy kiểm tra bằng 'isoplan check \(output)'\n",
                    en: "isoplan: wrote \(output) (\(catalog.steps.count) tasks); check it with 'isoplan check \(output)'\n"))
            case .exists:
                Terminal.err(language.language.pick(
                    vi: "isoplan: \(output) đã có; tệp được giữ nguyên (dùng --force để thay thế)\n",
                    en: "isoplan: \(output) already exists; it was left unchanged (use --force to replace it)\n"))
                throw Exit.couldNotRun
            case .failed(let code):
                let folder = (output as NSString).deletingLastPathComponent
                if code == ENOENT, !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                    Terminal.err(language.language.pick(
                        vi: "isoplan: không ghi được \(output): chưa có thư mục \(folder); hãy tạo thư mục trước (mkdir -p \(folder))\n",
                        en: "isoplan: could not write \(output): the folder \(folder) does not exist; create it first (mkdir -p \(folder))\n"))
                } else {
                    let reason = OutputFailure.reason(code, language.language)
                    Terminal.err(language.language.pick(vi: "isoplan: không ghi được \(output): \(reason)\n",
                                                        en: "isoplan: could not write \(output): \(reason)\n"))
                }
                throw Exit.couldNotRun
            }
        }

        /// The schema modeline's path for a plan written to `output`: relative from the file's
        /// folder to the nearest `schema/plan.schema.json` above it (the project's own), so an
        /// editor finds the schema wherever the plan is written; nil when none is above it.
        static func schemaPath(from output: String) -> String? {
            let file = URL(fileURLWithPath: output).standardizedFileURL
            let folder = file.deletingLastPathComponent().pathComponents
            for depth in stride(from: folder.count, through: 1, by: -1) {
                let base = Array(folder.prefix(depth))
                let candidate = NSString.path(withComponents: base + ["schema", "plan.schema.json"])
                if FileManager.default.fileExists(atPath: candidate) {
                    let ups = Array(repeating: "..", count: folder.count - depth)
                    return (ups + ["schema", "plan.schema.json"]).joined(separator: "/")
                }
            }
            return nil
        }
    }
}

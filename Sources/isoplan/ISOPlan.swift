import ArgumentParser

@main
struct ISOPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isoplan",
        abstract: "Plan the migration of agencies' QMS from TCVN ISO 9001:2008 to TCVN ISO 9001:2015.",
        version: "0.1.0",
        subcommands: [Check.self, ChecklistCommand.self, Risk.self, Timeline.self, Report.self,
                      CalendarCommand.self, InitCommand.self, Rules.self]
    )
}

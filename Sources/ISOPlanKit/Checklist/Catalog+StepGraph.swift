extension Catalog {
    /// Steps ordered so that every step comes after its predecessors (catalog order breaks
    /// ties); nil when the predecessors form a cycle. Unknown predecessor ids are ignored.
    public func stepsInDependencyOrder() -> [Step]? {
        var placed = Set<String>()
        var ordered: [Step] = []
        let known = Set(steps.map(\.id))
        while ordered.count < steps.count {
            let ready = steps.first { step in
                !placed.contains(step.id)
                    && step.predecessors.allSatisfy { placed.contains($0) || !known.contains($0) }
            }
            guard let next = ready else { return nil }
            placed.insert(next.id)
            ordered.append(next)
        }
        return ordered
    }

    /// Working days of the longest predecessor chain for `scenario`; nil on a cycle.
    public func typicalTotalDuration(_ scenario: Scenario) -> Int? {
        guard let ordered = stepsInDependencyOrder() else { return nil }
        var finish: [String: Int] = [:]
        for step in ordered {
            let start = step.predecessors.compactMap { finish[$0] }.max() ?? 0
            finish[step.id] = start + step.typicalDuration.days(for: scenario)
        }
        return finish.values.max() ?? 0
    }

    /// One predecessor cycle as step ids, first id repeated at the end; nil when acyclic.
    func predecessorCycle() -> [String]? {
        let byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Bool] = [:]   // false: on the current path, true: finished
        var path: [String] = []

        func visit(_ id: String) -> [String]? {
            if state[id] == true { return nil }
            if state[id] == false, let start = path.firstIndex(of: id) {
                return Array(path[start...]) + [id]
            }
            guard let step = byID[id] else { return nil }
            state[id] = false
            path.append(id)
            for predecessor in step.predecessors {
                if let cycle = visit(predecessor) { return cycle }
            }
            path.removeLast()
            state[id] = true
            return nil
        }

        for step in steps {
            if let cycle = visit(step.id) { return cycle }
        }
        return nil
    }
}

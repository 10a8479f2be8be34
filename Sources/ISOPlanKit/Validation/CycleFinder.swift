/// Finds dependency cycles among a plan's tasks and names each one's whole path.
enum CycleFinder {
    /// At most this many cycles are reported per plan.
    static let limit = 10

    static func cycles(in tasks: [PlanTask], index: [String: Int]) -> [Diagnostic] {
        let n = tasks.count
        var edges = [[Int]](repeating: [], count: n)
        for (i, t) in tasks.enumerated() {
            // Edge from a task to each of its predecessors; only the first task with an id counts.
            guard index[t.id.value] == i else { continue }
            edges[i] = t.after.compactMap { index[$0.value] }
        }
        var state = [UInt8](repeating: 0, count: n)   // 0 new, 1 on stack, 2 done
        var out: [Diagnostic] = []
        var stack: [(node: Int, next: Int)] = []
        var onPath: [Int] = []
        for root in 0..<n where state[root] == 0 {
            stack.append((root, 0))
            state[root] = 1
            onPath.append(root)
            while let top = stack.last {
                if top.next < edges[top.node].count {
                    stack[stack.count - 1].next += 1
                    let m = edges[top.node][top.next]
                    if state[m] == 0 {
                        state[m] = 1
                        stack.append((m, 0))
                        onPath.append(m)
                    } else if state[m] == 1, out.count < limit {
                        let from = onPath.lastIndex(of: m)!
                        out.append(diagnostic(Array(onPath[from...]), tasks: tasks))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                    onPath.removeLast()
                }
            }
        }
        return out
    }

    /// `path` follows "comes after" edges: path[0] after path[1] after … after path[0].
    static func diagnostic(_ path: [Int], tasks: [PlanTask]) -> Diagnostic {
        // Print in execution order: a → b means b comes after a.
        var cycle = Array(path.reversed())
        let startAt = cycle.indices.min { cycle[$0] < cycle[$1] }!
        cycle = Array(cycle[startAt...] + cycle[..<startAt])
        let order = cycle.map { tasks[$0].id.value }
        let text = (order + [order[0]]).joined(separator: " → ")
        let k = path.indices.min { path[$0] < path[$1] }!
        let first = tasks[path[k]]
        let pred = tasks[path[(k + 1) % path.count]].id.value
        let link = first.after.first { $0.value == pred }
        return .make("dependency-cycle", "dependency cycle \(text); remove one of these 'after' links",
                     at: link?.at ?? first.id.at)
    }
}

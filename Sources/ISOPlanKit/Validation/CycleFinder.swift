/// Finds dependency cycles among a plan's tasks and names each one's whole path.
enum CycleFinder {
    /// At most this many cycles are reported per plan.
    static let limit = 10

    /// "Comes after" edges as flat rows: task i's predecessors are `edges[start[i] ..< start[i + 1]]`
    /// (only the first task with an id has edges; unknown ids are left out).
    struct Graph {
        var start: [Int32]
        var edges: [Int32] = []
        init(count: Int) { start = [Int32](repeating: 0, count: count + 1) }
    }

    static func cycles(in tasks: [PlanTask], graph: Graph) -> [Diagnostic] {
        let n = tasks.count
        var state = [UInt8](repeating: 0, count: n)   // 0 new, 1 on stack, 2 done
        var out: [Diagnostic] = []
        var stack: [(node: Int, next: Int)] = []
        var onPath: [Int] = []
        for root in 0..<n where state[root] == 0 {
            stack.append((root, Int(graph.start[root])))
            state[root] = 1
            onPath.append(root)
            while let top = stack.last {
                if top.next < Int(graph.start[top.node + 1]) {
                    stack[stack.count - 1].next += 1
                    let m = Int(graph.edges[top.next])
                    if state[m] == 0 {
                        state[m] = 1
                        stack.append((m, Int(graph.start[m])))
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
        return .dependencyCycle(text, at: link?.at ?? first.id.at)
    }
}

/// The finish-to-start dependencies of a plan, resolved to plan indices.
///
/// Stored as flat adjacency arrays (compressed rows) so that 100,000 tasks do not cost
/// 200,000 small array allocations.
struct DependencyGraph {
    /// Predecessors of task `i`: `predList[predStart[i] ..< predStart[i + 1]]`.
    private var predStart: [Int]
    private var predList: [Int]
    /// Successors of task `i`: `succList[succStart[i] ..< succStart[i + 1]]`.
    private var succStart: [Int]
    private var succList: [Int]
    /// Unknown ids and duplicate ids met while resolving.
    private(set) var issues: [ScheduleIssue] = []

    var count: Int { predStart.count - 1 }

    /// Resolves every `after` id of the plan; the first task with an id wins.
    init(_ tasks: [PlanTask]) {
        var table = TaskIDTable(tasks.map(\.id.value))
        var issues: [ScheduleIssue] = []
        for i in tasks.indices where !table.insert(i) {
            issues.append(ScheduleIssue(task: i, kind: .duplicateID))
        }
        var predStart = [Int](repeating: 0, count: tasks.count + 1)
        var predList: [Int] = []
        var succCount = [Int](repeating: 0, count: tasks.count + 1)
        for i in tasks.indices {
            for ref in tasks[i].after {
                if let j = table.index(of: ref.value) {
                    predList.append(j)
                    succCount[j] += 1
                } else {
                    issues.append(ScheduleIssue(task: i, kind: .unknownPredecessor(ref.value)))
                }
            }
            predStart[i + 1] = predList.count
        }
        // Successor rows by counting sort, so each row lists successors in plan order.
        var succStart = [Int](repeating: 0, count: tasks.count + 1)
        for i in tasks.indices { succStart[i + 1] = succStart[i] + succCount[i] }
        var fill = succStart
        var succList = [Int](repeating: 0, count: predList.count)
        for i in tasks.indices {
            for k in predStart[i]..<predStart[i + 1] {
                let j = predList[k]
                succList[fill[j]] = i
                fill[j] += 1
            }
        }
        self.predStart = predStart
        self.predList = predList
        self.succStart = succStart
        self.succList = succList
        self.issues = issues
    }

    /// Plan indices task `i` starts after (unknown ids dropped).
    func predecessors(of i: Int) -> ArraySlice<Int> { predList[predStart[i]..<predStart[i + 1]] }

    /// Plan indices that start after task `i`.
    func successors(of i: Int) -> ArraySlice<Int> { succList[succStart[i]..<succStart[i + 1]] }

    /// Kahn's algorithm, stable: among the tasks whose predecessors are all placed, the one
    /// earliest in the plan comes first. Tasks in or after a cycle are left out.
    /// O((V + E) log V) for the heap; V + E for everything else.
    func topologicalOrder() -> [Int] {
        var indegree = (0..<count).map { predStart[$0 + 1] - predStart[$0] }
        var ready = IndexHeap()
        for i in 0..<count where indegree[i] == 0 { ready.push(i) }
        var order: [Int] = []
        order.reserveCapacity(count)
        while let i = ready.pop() {
            order.append(i)
            for s in successors(of: i) {
                indegree[s] -= 1
                if indegree[s] == 0 { ready.push(s) }
            }
        }
        return order
    }
}

/// A binary min-heap of plan indices.
struct IndexHeap {
    private var items: [Int] = []

    mutating func push(_ x: Int) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if items[parent] <= items[i] { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if items.isEmpty { return top }
        items[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, items[l] < items[m] { m = l }
            if r < items.count, items[r] < items[m] { m = r }
            if m == i { break }
            items.swapAt(i, m)
            i = m
        }
        return top
    }
}

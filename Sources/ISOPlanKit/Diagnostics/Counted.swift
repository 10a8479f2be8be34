/// A count with its English noun in the right number: "1 agency", "2 agencies", "0 errors".
/// Vietnamese nouns do not change with the number, so only English needs it.
func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
}

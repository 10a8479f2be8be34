/// Administrative procedures (thủ tục hành chính) a Labour agency handles: each one gets a
/// documented process in the 2015 system, so they make up most of a plan's tasks.
enum Procedures {
    static let actions = [
        "Cấp", "Cấp lại", "Gia hạn", "Thu hồi", "Đăng ký", "Xác nhận", "Thẩm định", "Giải quyết",
        "Công nhận", "Điều chỉnh", "Tiếp nhận", "Hỗ trợ",
    ]

    static let objects = [
        "giấy phép lao động cho người nước ngoài", "giấy phép hoạt động dịch vụ việc làm",
        "chế độ trợ cấp thất nghiệp", "nội quy lao động của doanh nghiệp", "thỏa ước lao động tập thể",
        "giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp", "chế độ ưu đãi người có công với cách mạng",
        "trợ cấp hằng tháng cho thân nhân liệt sĩ", "đối tượng vào cơ sở trợ giúp xã hội",
        "giấy phép thành lập cơ sở trợ giúp xã hội", "hợp đồng cá nhân đi làm việc ở nước ngoài",
        "chi phí mai táng cho đối tượng bảo trợ xã hội", "trợ cấp xã hội hằng tháng",
        "hồ sơ người khuyết tật", "cơ sở sử dụng từ 30% lao động là người khuyết tật",
        "báo cáo tình hình sử dụng lao động", "kế hoạch an toàn, vệ sinh lao động",
        "hồ sơ tai nạn lao động", "giấy chứng nhận huấn luyện an toàn lao động",
        "hồ sơ cai nghiện ma túy tự nguyện", "hồ sơ hỗ trợ học nghề", "hồ sơ vay vốn giải quyết việc làm",
        "giấy chứng nhận người có công", "chế độ điều dưỡng phục hồi sức khỏe", "hồ sơ liệt sĩ",
        "chế độ bảo hiểm xã hội tự nguyện", "hồ sơ trẻ em có hoàn cảnh đặc biệt",
        "thang lương, bảng lương của doanh nghiệp", "hồ sơ cho thuê lại lao động",
        "giấy phép hoạt động cho thuê lại lao động", "hồ sơ đưa người lao động đi làm việc ở nước ngoài",
        "hồ sơ kiểm định máy, thiết bị có yêu cầu nghiêm ngặt", "hồ sơ bình đẳng giới tại cơ sở",
        "hồ sơ miễn giảm học phí", "hồ sơ hỗ trợ người lao động mất việc làm",
    ]

    /// `count` distinct procedure titles for one agency.
    static func titles(_ rng: inout SplitMix, count: Int) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        while out.count < count {
            let t = rng.pick(actions) + " " + rng.pick(objects)
            if seen.insert(t).inserted { out.append(t) }
        }
        return out
    }
}

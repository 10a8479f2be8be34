/// Names for realistic agencies of the Labour, Invalids and Social Affairs sector (domain.md §4).
enum AgencyNames {
    /// The 63 provincial-level units of 2018–2020: name, ASCII slug, whether it is a city.
    static let provinces: [(name: String, slug: String, city: Bool)] = [
        ("Hà Nội", "ha-noi", true), ("Hồ Chí Minh", "ho-chi-minh", true), ("Hải Phòng", "hai-phong", true),
        ("Đà Nẵng", "da-nang", true), ("Cần Thơ", "can-tho", true),
        ("Hà Giang", "ha-giang", false), ("Cao Bằng", "cao-bang", false), ("Bắc Kạn", "bac-kan", false),
        ("Tuyên Quang", "tuyen-quang", false), ("Lào Cai", "lao-cai", false), ("Điện Biên", "dien-bien", false),
        ("Lai Châu", "lai-chau", false), ("Sơn La", "son-la", false), ("Yên Bái", "yen-bai", false),
        ("Hòa Bình", "hoa-binh", false), ("Thái Nguyên", "thai-nguyen", false), ("Lạng Sơn", "lang-son", false),
        ("Quảng Ninh", "quang-ninh", false), ("Bắc Giang", "bac-giang", false), ("Phú Thọ", "phu-tho", false),
        ("Vĩnh Phúc", "vinh-phuc", false), ("Bắc Ninh", "bac-ninh", false), ("Hải Dương", "hai-duong", false),
        ("Hưng Yên", "hung-yen", false), ("Thái Bình", "thai-binh", false), ("Hà Nam", "ha-nam", false),
        ("Nam Định", "nam-dinh", false), ("Ninh Bình", "ninh-binh", false), ("Thanh Hóa", "thanh-hoa", false),
        ("Nghệ An", "nghe-an", false), ("Hà Tĩnh", "ha-tinh", false), ("Quảng Bình", "quang-binh", false),
        ("Quảng Trị", "quang-tri", false), ("Thừa Thiên Huế", "thua-thien-hue", false),
        ("Quảng Nam", "quang-nam", false), ("Quảng Ngãi", "quang-ngai", false), ("Bình Định", "binh-dinh", false),
        ("Phú Yên", "phu-yen", false), ("Khánh Hòa", "khanh-hoa", false), ("Ninh Thuận", "ninh-thuan", false),
        ("Bình Thuận", "binh-thuan", false), ("Kon Tum", "kon-tum", false), ("Gia Lai", "gia-lai", false),
        ("Đắk Lắk", "dak-lak", false), ("Đắk Nông", "dak-nong", false), ("Lâm Đồng", "lam-dong", false),
        ("Bình Phước", "binh-phuoc", false), ("Tây Ninh", "tay-ninh", false), ("Bình Dương", "binh-duong", false),
        ("Đồng Nai", "dong-nai", false), ("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau", false),
        ("Long An", "long-an", false), ("Tiền Giang", "tien-giang", false), ("Bến Tre", "ben-tre", false),
        ("Trà Vinh", "tra-vinh", false), ("Vĩnh Long", "vinh-long", false), ("Đồng Tháp", "dong-thap", false),
        ("An Giang", "an-giang", false), ("Kiên Giang", "kien-giang", false), ("Hậu Giang", "hau-giang", false),
        ("Sóc Trăng", "soc-trang", false), ("Bạc Liêu", "bac-lieu", false), ("Cà Mau", "ca-mau", false),
    ]

    /// Units of the ministry: Vietnamese name, English name, ASCII slug.
    static let ministryUnits: [(name: String, en: String, slug: String)] = [
        ("Cục Việc làm", "Department of Employment", "cuc-viec-lam"),
        ("Cục An toàn lao động", "Department of Work Safety", "cuc-an-toan-lao-dong"),
        ("Cục Người có công", "Department of People with Meritorious Services", "cuc-nguoi-co-cong"),
        ("Cục Bảo trợ xã hội", "Department of Social Protection", "cuc-bao-tro-xa-hoi"),
        ("Cục Quản lý lao động ngoài nước", "Department of Overseas Labour", "cuc-quan-ly-lao-dong-ngoai-nuoc"),
        ("Cục Trẻ em", "Department of Children", "cuc-tre-em"),
        ("Cục Phòng, chống tệ nạn xã hội", "Department of Social Evils Prevention", "cuc-phong-chong-te-nan-xa-hoi"),
        ("Cục Quan hệ lao động và Tiền lương", "Department of Labour Relations and Wages", "cuc-quan-he-lao-dong"),
        ("Tổng cục Giáo dục nghề nghiệp", "Directorate of Vocational Education and Training", "tong-cuc-gdnn"),
        ("Thanh tra Bộ", "Ministry Inspectorate", "thanh-tra-bo"),
        ("Văn phòng Bộ", "Ministry Office", "van-phong-bo"),
        ("Vụ Pháp chế", "Department of Legal Affairs", "vu-phap-che"),
        ("Vụ Kế hoạch – Tài chính", "Department of Planning and Finance", "vu-ke-hoach-tai-chinh"),
        ("Vụ Tổ chức cán bộ", "Department of Personnel and Organisation", "vu-to-chuc-can-bo"),
        ("Vụ Hợp tác quốc tế", "Department of International Cooperation", "vu-hop-tac-quoc-te"),
        ("Vụ Bảo hiểm xã hội", "Department of Social Insurance", "vu-bao-hiem-xa-hoi"),
        ("Vụ Bình đẳng giới", "Department of Gender Equality", "vu-binh-dang-gioi"),
    ]

    /// Affiliated centres, numbered to tell them apart (ministry units beyond the core list).
    static let centres = [
        "Trung tâm Dịch vụ việc làm khu vực", "Trung tâm Kiểm định kỹ thuật an toàn khu vực",
        "Trung tâm Điều dưỡng người có công", "Trung tâm Hỗ trợ phát triển quan hệ lao động",
        "Trung tâm Lao động ngoài nước chi nhánh", "Trung tâm Công tác xã hội khu vực",
    ]

    /// District names used for district-level offices (Phòng Lao động – Thương binh và Xã hội).
    static let districts = [
        "Đông Anh", "Gia Lâm", "Sóc Sơn", "Ba Vì", "Mê Linh", "Phú Xuyên", "Ứng Hòa", "Thạch Thất",
        "Quốc Oai", "Chương Mỹ", "Thanh Oai", "Thường Tín", "Mỹ Đức", "Đan Phượng", "Hoài Đức",
        "Phúc Thọ", "Yên Lạc", "Tam Đảo", "Lập Thạch", "Sông Lô", "Tiên Du", "Quế Võ", "Gia Bình",
        "Lương Tài", "Thuận Thành", "Cẩm Giàng", "Kim Thành", "Ninh Giang", "Thanh Miện", "Văn Lâm",
        "Khoái Châu", "Ân Thi", "Kim Động", "Tiền Hải", "Kiến Xương", "Vũ Thư", "Quỳnh Phụ", "Duy Tiên",
        "Lý Nhân", "Ý Yên", "Hải Hậu", "Giao Thủy", "Nghĩa Hưng", "Hoa Lư", "Gia Viễn", "Kim Sơn",
        "Quỳnh Lưu", "Diễn Châu", "Yên Thành", "Đô Lương", "Nghi Lộc", "Hương Sơn", "Đức Thọ",
        "Bố Trạch", "Lệ Thủy", "Hải Lăng", "Phong Điền", "Điện Bàn", "Duy Xuyên", "Bình Sơn",
        "Đức Phổ", "Tuy Phước", "Đồng Xuân", "Cam Lâm", "Ninh Phước", "Hàm Thuận Bắc", "Krông Pắc",
        "Cư M'gar", "Đắk R'lấp", "Bảo Lộc", "Di Linh", "Đồng Xoài", "Trảng Bàng", "Bến Cát",
        "Nhơn Trạch", "Long Điền", "Đức Hòa", "Cái Bè", "Mỏ Cày Nam", "Cầu Kè", "Tam Bình",
        "Cao Lãnh", "Chợ Mới", "Giồng Riềng", "Phụng Hiệp", "Mỹ Xuyên", "Hồng Dân", "Năm Căn",
    ]

    static let people = [
        "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Hồng", "Phạm Minh Tuấn", "Hoàng Thị Thu",
        "Vũ Đức Thắng", "Đặng Thị Mai", "Bùi Quang Huy", "Đỗ Thị Hạnh", "Ngô Văn Long",
        "Dương Thị Ngọc", "Lý Văn Phúc", "Trịnh Thị Hương", "Đinh Công Sơn", "Mai Thị Phượng",
    ]

    /// Organisational units that own tasks.
    static let owners = [
        "Văn phòng", "Phòng Kế hoạch – Tài chính", "Phòng Lao động – Việc làm", "Phòng Người có công",
        "Phòng Bảo trợ xã hội", "Phòng Giáo dục nghề nghiệp", "Thanh tra", "Phòng Trẻ em",
        "Phòng Tổ chức cán bộ", "Tổ công tác ISO", "Ban chỉ đạo ISO", "Bộ phận một cửa",
    ]
}

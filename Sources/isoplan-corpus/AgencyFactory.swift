/// Picks which agency number `index` of a corpus is: a quarter are units of the ministry,
/// the rest provincial departments and district offices spread over the 63 provinces.
enum AgencyFactory {
    struct Agency {
        var id: String
        var name: String
        var nameEn: String?
        var type: String
        var province: String?
        var folder: String
        var procedures: Int
    }

    static let sector = "Lao động – Thương binh và Xã hội"

    static func make(index: Int, rng: inout SplitMix) -> Agency {
        let procedures = rng.int(31...41)
        if index % 4 == 0 {
            let k = index / 4
            if k < AgencyNames.ministryUnits.count {
                let u = AgencyNames.ministryUnits[k]
                return Agency(id: u.slug, name: u.name, nameEn: u.en, type: "ministry-unit", province: nil,
                              folder: "bo", procedures: procedures)
            }
            let centre = AgencyNames.centres[k % AgencyNames.centres.count]
            let n = k / AgencyNames.centres.count + 1
            return Agency(id: "trung-tam-\(k)", name: "\(centre) \(n)", nameEn: nil, type: "ministry-unit",
                          province: nil, folder: "bo", procedures: procedures)
        }
        let j = index - (index + 3) / 4
        let p = AgencyNames.provinces[j % AgencyNames.provinces.count]
        let round = j / AgencyNames.provinces.count
        let place = (p.city ? (p.slug == "ho-chi-minh" ? "Thành phố " : "thành phố ") : "tỉnh ") + p.name
        if round == 0 {
            return Agency(id: "so-ldtbxh-" + p.slug, name: "Sở \(sector) \(place)", nameEn: nil,
                          type: "provincial-department", province: p.name, folder: p.slug, procedures: procedures)
        }
        let district = rng.pick(AgencyNames.districts)
        let kind = p.city ? rng.pick(["quận", "huyện"]) : rng.pick(["huyện", "huyện", "thị xã"])
        return Agency(id: "phong-ldtbxh-\(p.slug)-\(round)", name: "Phòng \(sector) \(kind) \(district), \(place)",
                      nameEn: nil, type: "provincial-department", province: p.name, folder: p.slug,
                      procedures: procedures - 8)
    }
}

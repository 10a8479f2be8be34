/// The parts of an official report (Decree 30/2020/NĐ-CP, Appendix I) that come from the
/// issuing office rather than from the plans: the optional `report:` section of
/// `portfolio.yaml`. Each part is optional; the printed report keeps a visible blank where
/// one is missing, to be filled in by hand.
public struct ReportHeader: Sendable, Equatable {
    /// The body above the issuer (cơ quan chủ quản), e.g. "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI".
    public var parentBody: String?
    /// The issuing body (cơ quan ban hành), e.g. "VĂN PHÒNG BỘ".
    public var issuingBody: String?
    /// The document number (số), e.g. 12; written with a leading zero below 10.
    public var number: Int?
    /// The symbol after the number (ký hiệu), e.g. "BC-VP".
    public var symbol: String?
    /// The place on the date line (địa danh), e.g. "Hà Nội".
    public var place: String?
    /// Who the report is sent to (Kính gửi), optional.
    public var addressee: String?
    /// The signer's authority (quyền hạn), e.g. "KT. CHÁNH VĂN PHÒNG"; optional.
    public var signerAuthority: String?
    /// The signer's title (chức vụ), e.g. "PHÓ CHÁNH VĂN PHÒNG".
    public var signerTitle: String?
    /// The signer's full name.
    public var signerName: String?
    /// The recipients (nơi nhận), one a line; "Lưu: VT" is added when not listed.
    public var recipients: [String]

    public init(parentBody: String? = nil, issuingBody: String? = nil, number: Int? = nil, symbol: String? = nil,
                place: String? = nil, addressee: String? = nil, signerAuthority: String? = nil,
                signerTitle: String? = nil, signerName: String? = nil, recipients: [String] = []) {
        self.parentBody = parentBody
        self.issuingBody = issuingBody
        self.number = number
        self.symbol = symbol
        self.place = place
        self.addressee = addressee
        self.signerAuthority = signerAuthority
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
    }
}

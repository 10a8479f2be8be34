"""Checks for tests/browser/run.sh: a printed report (PDF), a screenshot (PNG), an iCalendar file."""
import datetime, glob, html, re, struct, subprocess, sys, unicodedata, zlib

MM = 72 / 25.4
# Decree 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
TOP, BOTTOM, LEFT, RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
SLACK = 1.0  # points of tolerance for glyph side bearings


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check_pdf(path, agencies_dir, lang):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    w, h = float(size.group(1)), float(size.group(2))
    if abs(w - 595.28) > 1.5 or abs(h - 841.89) > 1.5:
        fail(f"{path}: page is {w} x {h} pt, not A4 portrait")
    if not 3 <= pages <= 40:
        fail(f"{path}: {pages} pages; expected 3 to 40 for the sample portfolio")
    bbox = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True, check=True).stdout
    words = 0
    for n, page in enumerate(re.findall(r"<page[^>]*>(.*?)</page>", bbox, re.S), start=1):
        numbered = False
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            text = html.unescape(m.group(5))
            words += 1
            if y1 <= TOP and text == str(n) and abs((x0 + x1) / 2 - (LEFT + (w - RIGHT)) / 2) < 30:
                numbered = True
                continue
            if x0 < LEFT - SLACK or x1 > w - RIGHT + SLACK or y0 < TOP - SLACK or y1 > h - BOTTOM + SLACK:
                fail(f"{path}: page {n}: '{text}' at ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f}) is outside the margins")
        if n == 1 and numbered:
            fail(f"{path}: page 1 carries a page number")
        if n > 1 and not numbered:
            fail(f"{path}: page {n} has no page number centred in the top margin")
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    flat = nfc(" ".join(text.split()))
    title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" if lang == "vi" else "SOCIALIST REPUBLIC OF VIETNAM"
    if title not in flat:
        fail(f"{path}: the national title is missing")
    names = []
    for f in sorted(glob.glob(agencies_dir + "/*.yaml")):
        src = open(f, encoding="utf-8").read()
        key = "name_en" if lang == "en" and re.search(r"^\s+name_en:", src, re.M) else "name"
        m = re.search(r"^\s+" + key + r":\s*(.+?)\s*$", src, re.M)
        names.append(nfc(m.group(1).strip("'\"")))
    missing = [n for n in names if n not in flat]
    if missing:
        fail(f"{path}: agency names missing or without their diacritics: {missing}")
    print(f"ok: {path}: A4 portrait, {pages} pages, {words} words inside the margins, {len(names)} agency names")


def png_pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                fail(f"{path}: unexpected PNG format (depth {depth}, colour type {colour})")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def check_png(path):
    width, height, bpp, rows = png_pixels(path)
    colours, ink = set(), 0
    for line in rows:
        for i in range(0, len(line), bpp):
            px = line[i:i + 3]
            colours.add(px)
            if sum(px) < 600:
                ink += 1
    share = ink / (width * height)
    if share < 0.01 or len(colours) < 8:
        fail(f"{path}: looks blank ({share:.1%} ink, {len(colours)} colours)")
    print(f"ok: {path}: {width}x{height}, {share:.1%} of pixels inked, {len(colours)} colours")


def check_ics(path):
    import icalendar
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    if lines[-1] != b"" or any(b"\n" in l for l in lines):
        fail(f"{path}: lines must end with CRLF")
    if max(len(l) for l in lines) > 75:
        fail(f"{path}: a line is longer than 75 octets")
    for l in lines:
        l.decode("utf-8")  # every folded line is valid UTF-8 on its own
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    if not events:
        fail(f"{path}: no events")
    uids = [str(e["UID"]) for e in events]
    if len(set(uids)) != len(uids):
        fail(f"{path}: duplicate UIDs")
    for e in events:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            fail(f"{path}: {e['UID']}: DTSTART is not an all-day date")
        if end - start != datetime.timedelta(days=1):
            fail(f"{path}: {e['UID']}: DTEND is not the day after DTSTART")
        stamp = e.decoded("DTSTAMP")
        if stamp.tzinfo is None or stamp.utcoffset() != datetime.timedelta(0):
            fail(f"{path}: {e['UID']}: DTSTAMP is not UTC")
        if not nfc(str(e["SUMMARY"])):
            fail(f"{path}: {e['UID']}: empty SUMMARY")
    print(f"ok: {path}: {len(events)} all-day events parsed by icalendar {icalendar.__version__}, UIDs unique")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "pdf":
        check_pdf(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "png":
        check_png(sys.argv[2])
    elif cmd == "ics":
        check_ics(sys.argv[2])
    else:
        fail("unknown check " + cmd)

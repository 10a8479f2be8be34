import Foundation

/// Low-level astronomy for the lunisolar calendar: true new moons and the Sun's apparent
/// longitude, after Jean Meeus, *Astronomical Algorithms* (2nd ed.), chapters 25 and 49,
/// with ΔT from the Espenak–Meeus polynomials.
///
/// Times are Julian Ephemeris Days (JDE, dynamical time) unless a name says UT.
enum Astronomy {
    static let radiansPerDegree = Double.pi / 180

    /// Julian Day of 1970-01-01 00:00 UT (day number 0 of `CalendarDate`).
    static let unixEpochJD = 2440587.5

    /// Mean synodic month in days.
    static let synodicMonth = 29.530588861

    /// JDE of the mean new moon of lunation 0 (2000-01-06).
    static let lunationZeroJDE = 2451550.09766

    /// JDE of the true new moon of lunation `k` (k = 0 is the new moon of 2000-01-06).
    static func newMoonJDE(lunation k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t
        let mean = lunationZeroJDE + synodicMonth * k
            + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * radiansPerDegree
        let mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
            - 0.000000058 * t4) * radiansPerDegree
        let f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
            + 0.000000011 * t4) * radiansPerDegree
        let omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * radiansPerDegree
        return mean + periodicTerms(e: e, m: m, mp: mp, f: f, omega: omega)
            + planetaryTerms(k: k, t2: t2)
    }

    /// Meeus table 49.A, new-moon column.
    private static func periodicTerms(e: Double, m: Double, mp: Double, f: Double, omega: Double) -> Double {
        var s = -0.40720 * sin(mp)
        s += 0.17241 * e * sin(m)
        s += 0.01608 * sin(2 * mp)
        s += 0.01039 * sin(2 * f)
        s += 0.00739 * e * sin(mp - m)
        s -= 0.00514 * e * sin(mp + m)
        s += 0.00208 * e * e * sin(2 * m)
        s -= 0.00111 * sin(mp - 2 * f)
        s -= 0.00057 * sin(mp + 2 * f)
        s += 0.00056 * e * sin(2 * mp + m)
        s -= 0.00042 * sin(3 * mp)
        s += 0.00042 * e * sin(m + 2 * f)
        s += 0.00038 * e * sin(m - 2 * f)
        s -= 0.00024 * e * sin(2 * mp - m)
        s -= 0.00017 * sin(omega)
        s -= 0.00007 * sin(mp + 2 * m)
        s += 0.00004 * sin(2 * mp - 2 * f)
        s += 0.00004 * sin(3 * m)
        s += 0.00003 * sin(mp + m - 2 * f)
        s += 0.00003 * sin(2 * mp + 2 * f)
        s -= 0.00003 * sin(mp + m + 2 * f)
        s += 0.00003 * sin(mp - m + 2 * f)
        s -= 0.00002 * sin(mp - m - 2 * f)
        s -= 0.00002 * sin(3 * mp + m)
        s += 0.00002 * sin(4 * mp)
        return s
    }

    /// Meeus's fourteen additional corrections A1…A14 (all phases).
    private static func planetaryTerms(k: Double, t2: Double) -> Double {
        var s = 0.0
        for (i, (coefficient, a0, rate)) in planetaryTermTable.enumerated() {
            var angle = a0 + rate * k
            if i == 0 { angle -= 0.009173 * t2 }
            s += coefficient * sin(angle * radiansPerDegree)
        }
        return s
    }

    /// (coefficient, A at k = 0, degrees per lunation) of A1…A14.
    private static let planetaryTermTable: [(Double, Double, Double)] = [
        (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321),
        (0.000164, 251.83, 26.651886), (0.000126, 349.42, 36.412478),
        (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
        (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860),
        (0.000047, 34.52, 27.261239), (0.000042, 207.19, 0.121824),
        (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
        (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
    ]

    /// Apparent longitude of the Sun (true equinox of date), degrees in [0, 360) (Meeus ch. 25, ±0.01°).
    static func solarLongitude(jde: Double) -> Double {
        let t = (jde - 2451545.0) / 36525
        let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
        let m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * radiansPerDegree
        let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m)
            + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m)
        let omega = (125.04 - 1934.136 * t) * radiansPerDegree
        let lambda = l0 + c - 0.00569 - 0.00478 * sin(omega)
        let r = lambda.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    /// ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials, 1800–2150;
    /// the long-term parabola outside).
    static func deltaTSeconds(year rawYear: Double) -> Double {
        let y = min(max(rawYear, -4000), 12000)
        switch y {
        case ..<1800, 2150...:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        case ..<1860:
            let t = y - 1800
            return 13.72 - 0.332447 * t + 0.0068612 * pow(t, 2) + 0.0041116 * pow(t, 3)
                - 0.00037436 * pow(t, 4) + 0.0000121272 * pow(t, 5) - 0.0000001699 * pow(t, 6)
                + 0.000000000875 * pow(t, 7)
        case ..<1900:
            let t = y - 1860
            return 7.62 + 0.5737 * t - 0.251754 * pow(t, 2) + 0.01680668 * pow(t, 3)
                - 0.0004473624 * pow(t, 4) + pow(t, 5) / 233174
        case ..<1920:
            let t = y - 1900
            return -2.79 + 1.494119 * t - 0.0598939 * pow(t, 2) + 0.0061966 * pow(t, 3)
                - 0.000197 * pow(t, 4)
        case ..<1941:
            let t = y - 1920
            return 21.20 + 0.84493 * t - 0.076100 * pow(t, 2) + 0.0020936 * pow(t, 3)
        case ..<1961:
            let t = y - 1950
            return 29.07 + 0.407 * t - pow(t, 2) / 233 + pow(t, 3) / 2547
        case ..<1986:
            let t = y - 1975
            return 45.45 + 1.067 * t - pow(t, 2) / 260 - pow(t, 3) / 718
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * pow(t, 2) + 0.0017275 * pow(t, 3)
                + 0.000651814 * pow(t, 4) + 0.00002373599 * pow(t, 5)
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        }
    }

    /// ΔT in days at a given JDE.
    static func deltaTDays(jde: Double) -> Double {
        deltaTSeconds(year: 2000 + (jde - 2451545.0) / 365.25) / 86400
    }
}

//! Exact decimal values.
//!
//! A figure's value must be the number the text wrote, not an artefact of
//! binary floating point: "0,3" is 0.3 and "3,2 tỷ" is 3 200 000 000, never
//! 0.30000000000000004. Values are therefore kept as an integer mantissa and
//! a power of ten while they are assembled from digits, number words and
//! scale words, and turned into an `f64` once, by a correctly rounded step.

/// `m × 10^e`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    pub m: u128,
    pub e: i32,
}

/// Powers of ten that are exact in an f64.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// 10^k for k up to 38, the largest that fits: a table, as `checked_pow`
/// on u128 is a loop of multiplications, each a library call in WASM.
const POW10_U128: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut k = 1;
    while k < 39 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

fn pow10_u128(k: u32) -> Option<u128> {
    POW10_U128.get(k as usize).copied()
}

/// `s / 10` when 10 divides `s`. WASM has no 64-bit high multiply, so a
/// division by 10 stays a division there (tens of cycles), asked at every
/// number read: instead, `s` is even and half of it is a multiple of 5,
/// which times 5's inverse mod 2^64 is its quotient, at most `u64::MAX / 5`
/// (any other value lands above that).
#[inline]
fn div10(s: u64) -> Option<u64> {
    const INV5: u64 = 0xCCCC_CCCC_CCCC_CCCD;
    let q = (s >> 1).wrapping_mul(INV5);
    (s & 1 == 0 && q <= u64::MAX / 5).then_some(q)
}

/// `a × b`, or None when it overflows. Most mantissas and factors fit in
/// 64 bits, and so does their product: one u64 multiplication then, where
/// a u128 one is a library call in WASM. The result is the u128 one's.
#[inline]
fn checked_mul(a: u128, b: u128) -> Option<u128> {
    if let (Ok(x), Ok(y)) = (u64::try_from(a), u64::try_from(b)) {
        if let Some(p) = x.checked_mul(y) {
            return Some(u128::from(p));
        }
    }
    a.checked_mul(b)
}

impl Dec {
    pub const ZERO: Dec = Dec { m: 0, e: 0 };

    pub fn int(n: u128) -> Dec {
        Dec { m: n, e: 0 }
    }

    /// `self × 10^k`.
    pub fn shift(self, k: i32) -> Dec {
        Dec { m: self.m, e: self.e.saturating_add(k) }.norm()
    }

    /// Without trailing zeros in the mantissa.
    pub fn norm(self) -> Dec {
        let (mut m, mut e) = (self.m, self.e);
        if m == 0 {
            return Dec::ZERO;
        }
        // u128 division is a library call; most mantissas fit in 64 bits.
        if let Ok(mut s) = u64::try_from(m) {
            while e < i32::MAX {
                match div10(s) {
                    Some(q) => s = q,
                    None => break,
                }
                e += 1;
            }
            return Dec { m: s as u128, e };
        }
        while m % 10 == 0 && e < i32::MAX {
            m /= 10;
            e += 1;
        }
        Dec { m, e }
    }

    fn align(a: Dec, b: Dec) -> Option<(u128, u128, i32)> {
        let e = a.e.min(b.e);
        let am = checked_mul(a.m, pow10_u128(u32::try_from(a.e - e).ok()?)?)?;
        let bm = checked_mul(b.m, pow10_u128(u32::try_from(b.e - e).ok()?)?)?;
        Some((am, bm, e))
    }

    pub fn add(self, o: Dec) -> Option<Dec> {
        if self.m == 0 {
            return Some(o);
        }
        if o.m == 0 {
            return Some(self);
        }
        let (a, b, e) = Dec::align(self, o)?;
        Some(Dec { m: a.checked_add(b)?, e }.norm())
    }

    pub fn mul(self, o: Dec) -> Option<Dec> {
        Some(Dec { m: checked_mul(self.m, o.m)?, e: self.e.checked_add(o.e)? }.norm())
    }

    pub fn half(self) -> Option<Dec> {
        Some(Dec { m: checked_mul(self.m, 5)?, e: self.e.checked_sub(1)? }.norm())
    }

    pub fn is_integer(self) -> bool {
        self.norm().e >= 0
    }

    /// The integer value, if it is one and fits.
    pub fn to_u128(self) -> Option<u128> {
        let d = self.norm();
        if d.e <= 0 {
            return (d.e == 0).then_some(d.m);
        }
        checked_mul(d.m, pow10_u128(u32::try_from(d.e).ok()?)?)
    }

    pub fn lt(self, o: Dec) -> bool {
        match Dec::align(self, o) {
            Some((a, b, _)) => a < b,
            None => self.to_f64() < o.to_f64(),
        }
    }

    /// The nearest f64 (correctly rounded).
    pub fn to_f64(self) -> f64 {
        let d = self.norm();
        // A mantissa below 2^53 is exact in an f64, and so is 10^k for k
        // up to 22: one IEEE multiplication or division of the two rounds
        // the exact value correctly, as the u128 conversion does (and
        // without its library call).
        let small = u64::try_from(d.m).ok().filter(|&m| m < 1 << 53);
        if d.e >= 0 {
            if let (Some(m), Some(&p)) = (small, POW10.get(d.e as usize)) {
                return m as f64 * p;
            }
            if let Some(n) = d.to_u128() {
                return n as f64;
            }
        } else if let (Some(m), Some(&p)) = (small, POW10.get(d.e.unsigned_abs() as usize)) {
            // Both operands are exact, and IEEE division rounds correctly.
            return m as f64 / p;
        }
        format!("{}e{}", d.m, d.e).parse().unwrap_or(f64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact() {
        assert_eq!(Dec { m: 3, e: -1 }.to_f64(), 0.3);
        assert_eq!(Dec { m: 32, e: -1 }.shift(9).to_f64(), 3_200_000_000.0);
        assert_eq!(Dec { m: 1, e: -1 }.add(Dec { m: 2, e: -1 }).map(Dec::to_f64), Some(0.3));
        assert_eq!(Dec::int(2).shift(6).half().map(Dec::to_f64), Some(1_000_000.0));
        assert_eq!(Dec { m: 85, e: -1 }.shift(6).to_f64(), 8_500_000.0);
        assert!(Dec::int(5).lt(Dec::int(7)));
        assert!(Dec { m: u128::MAX, e: 30 }.to_f64() > 3.4e68);
    }

    #[test]
    fn div10_is_exact_division() {
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1D);
        let mut xs: Vec<u64> = (0..2000).collect();
        xs.extend([u64::MAX, u64::MAX - 5, 10u64.pow(19), 18_446_744_073_709_551_610, 1 << 63]);
        for k in 0..20u32 {
            let p = 10u64.pow(k);
            xs.extend([p, p - 1, p + 1, p.wrapping_mul(7), p / 2]);
        }
        for _ in 0..20000 {
            let v = next(usize::MAX) as u64;
            xs.extend([v, v - v % 10]);
        }
        for s in xs {
            assert_eq!(div10(s), (s % 10 == 0).then(|| s / 10), "{s}");
        }
    }

    #[test]
    fn tables_and_fast_paths_agree_with_u128() {
        for k in 0..45u32 {
            assert_eq!(pow10_u128(k), 10u128.checked_pow(k), "10^{k}");
        }
        let xs = [0u128, 1, 5, 10, 999, u128::from(u32::MAX), u128::from(u64::MAX), u128::from(u64::MAX) + 1, 1 << 100, u128::MAX];
        for a in xs {
            for b in xs {
                assert_eq!(checked_mul(a, b), a.checked_mul(b), "{a} × {b}");
            }
        }
    }

    #[test]
    fn fast_path_rounds_as_the_integer_conversion() {
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15);
        for e in 0..=22u32 {
            for _ in 0..300 {
                let m = next(1 << 53) as u128;
                let exact = m * 10u128.pow(e);
                assert_eq!(Dec { m, e: e as i32 }.to_f64(), exact as f64, "{m}e{e}");
            }
        }
    }
}

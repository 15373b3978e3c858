//! Scanning text eight bytes at a time: a `u64` holds eight bytes, and a few arithmetic
//! operations tell which of them are zero, or below a bound, without a branch per byte.

/// The lowest bit of every byte of a word.
pub const EACH: u64 = 0x0101_0101_0101_0101;
/// The highest bit of every byte of a word.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `chunk` in one word, the first lowest (anything but eight bytes
/// reads as eight bytes with the high bit set).
pub fn word(chunk: &[u8]) -> u64 {
    chunk.try_into().map_or(HIGH, u64::from_le_bytes)
}

/// The high bit of each byte of `word` that is zero, and no other bit.
pub fn zero_bytes(word: u64) -> u64 {
    let low = !HIGH;
    !(((word & low).wrapping_add(low)) | word | low)
}

/// The high bit of each byte of `word` equal to `byte`, and no other bit.
pub fn bytes_equal(word: u64, byte: u8) -> u64 {
    zero_bytes(word ^ (EACH * u64::from(byte)))
}

/// The high bit of every byte of `word` below `bound` (at most 0x80), and maybe of bytes
/// above one of them (a borrow): the lowest bit set, if any, is always a byte below.
pub fn bytes_below(word: u64, bound: u8) -> u64 {
    word.wrapping_sub(EACH * u64::from(bound)) & !word & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_byte_is_told_apart() {
        let bytes = *b"a  \x00\t.\xe2z";
        let w = word(&bytes);
        let flagged = |mask: u64| -> Vec<usize> {
            (0..8).filter(|i| mask & (0x80 << (8 * i)) != 0).collect()
        };
        assert_eq!(flagged(zero_bytes(w)), [3]);
        assert_eq!(flagged(bytes_equal(w, b' ')), [1, 2]);
        assert_eq!(flagged(bytes_equal(w, b'.')), [5]);
        assert_eq!(flagged(bytes_below(w, b'!'))[0], 1);
        assert_eq!(flagged(w & HIGH), [6]);
        assert_eq!(word(b"short"), HIGH);
    }
}

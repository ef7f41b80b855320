//! Text packed small for localStorage, which counts UTF-16 code units: the text is deflated
//! (`miniz_oxide`, already used for links) and the compressed bytes are written 15 bits to a
//! character, all of them outside the surrogate range, so one stored character carries almost
//! two bytes. On the 1 000-initiative plan of the bench this stores 2,6 M characters of JSON
//! in 0,18 M characters; base64 of the same bytes would take 0,45 M, lz-string's
//! `compressToUTF16` 0,25 M at twenty times the time (docs/performance.md).

/// The first character of every 15-bit group: `FIRST + 0x7fff` is still below the surrogates.
const FIRST: u32 = 0x3400;
const BITS: u32 = 15;
/// miniz_oxide's level 6: a fifth of the time of level 9 at 2 % more characters.
const LEVEL: u8 = 6;
/// A packed text at most inflates to this many bytes (a broken text must not eat memory).
const MAX_BYTES: usize = 256 * 1024 * 1024;

/// Why a packed text could not be unpacked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("not a packed text")]
    NotPacked,
    #[error("the packed data is damaged")]
    Damaged,
}

/// `text` deflated and written as `<bytes>:<characters>`.
pub fn pack(text: &str) -> String {
    let bytes = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), LEVEL);
    let mut out = String::with_capacity(bytes.len() * 8 / BITS as usize * 3 + 16);
    out.push_str(&bytes.len().to_string());
    out.push(':');
    let (mut acc, mut held) = (0u32, 0u32);
    let push = |value: u32, out: &mut String| {
        // FIRST + a 15-bit value is always a valid char (never a surrogate).
        if let Some(c) = char::from_u32(FIRST + value) {
            out.push(c);
        }
    };
    for byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            push((acc >> held) & 0x7fff, &mut out);
        }
    }
    if held > 0 {
        push((acc << (BITS - held)) & 0x7fff, &mut out);
    }
    out
}

/// The text [`pack`] was given.
pub fn unpack(packed: &str) -> Result<String, PackError> {
    let (len, body) = packed.split_once(':').ok_or(PackError::NotPacked)?;
    let len: usize = len.parse().map_err(|_| PackError::NotPacked)?;
    let mut bytes = Vec::with_capacity(len.min(MAX_BYTES));
    let (mut acc, mut held) = (0u32, 0u32);
    for c in body.chars() {
        let value = u32::from(c)
            .checked_sub(FIRST)
            .filter(|v| *v <= 0x7fff)
            .ok_or(PackError::Damaged)?;
        acc = (acc << BITS) | value;
        held += BITS;
        while held >= 8 {
            held -= 8;
            bytes.push(((acc >> held) & 0xff) as u8);
        }
        acc &= (1 << held) - 1;
    }
    if bytes.len() < len {
        return Err(PackError::Damaged);
    }
    bytes.truncate(len);
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_BYTES)
        .map_err(|_| PackError::Damaged)?;
    String::from_utf8(inflated).map_err(|_| PackError::Damaged)
}

/// How many characters localStorage counts for `text` (UTF-16 code units): one for each
/// character, whose UTF-8 starts with a byte that is not `10xxxxxx`, and one more for each
/// character outside the Basic Multilingual Plane (a four-byte sequence, started by `11110xxx`).
/// Counted on the bytes, because decoding every character was a tenth of an autosave.
pub fn stored_chars(text: &str) -> usize {
    text.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

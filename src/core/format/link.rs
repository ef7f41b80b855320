//! A document carried in a link: the JSON compressed with raw deflate and written in base64url,
//! put after `#` in the address. The part after `#` (the fragment) is never sent to a server by
//! the browser, so a proposal or a small plan travels from person to person with no server.
//!
//! **Limits** (docs/domain.md §7.4). A whole link may be at most [`MAX_URL_CHARS`] characters:
//! RFC 9110 §4.1 asks every sender and recipient to support addresses of at least 8 000
//! octets, so a link that fits passes through browsers, mail programs and chat tools that keep
//! to the standard; a longer one may be cut off on the way. Over the limit the app offers the
//! file instead. Inflating stops at [`MAX_INFLATED_BYTES`]: deflate can expand about a
//! thousandfold, so a short link could otherwise unpack into many megabytes (a decompression
//! bomb); no proposal or plan small enough to be linked comes near it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The longest whole link the app makes or opens, in characters.
pub const MAX_URL_CHARS: usize = 8_000;
/// Inflating stops here: 1 MB, ample for what fits in a link.
pub const MAX_INFLATED_BYTES: usize = 1_000_000;
/// The compression level (miniz's best, 9 of 10 that are compatible).
const LEVEL: u8 = 9;

/// Why the data of a link could not be read. Worded for the person by `ui::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The link holds no data after its address.
    Empty,
    /// Longer than any link the app makes.
    TooLong { chars: usize, limit: usize },
    /// A character outside base64url (letters, digits, `-`, `_`), or a length base64 cannot have.
    NotBase64,
    /// Not deflate data, or cut off.
    BadCompression,
    /// It unpacks to more than the limit: refused, and inflating stopped there.
    TooLarge { limit: usize },
}

/// The data part of a link for `json`: deflate, then base64url without padding.
pub fn encode(json: &str) -> String {
    encode_bytes(json.as_bytes())
}

/// The same for any bytes (the fuzz driver sends damaged documents this way).
pub fn encode_bytes(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, LEVEL))
}

/// The link of `prefix` (the app's address up to and including the route, e.g.
/// `https://…/#/forslag/oppna/`) followed by `data`, or, when it would be longer than
/// [`MAX_URL_CHARS`], its length in characters, for the message that offers the file instead.
pub fn link(prefix: &str, data: &str) -> Result<String, usize> {
    let chars = prefix.chars().count() + data.len();
    if chars <= MAX_URL_CHARS {
        Ok(format!("{prefix}{data}"))
    } else {
        Err(chars)
    }
}

/// The bytes a link's data part carries. Every refusal says why; nothing here can panic on any
/// input, and inflating never goes past [`MAX_INFLATED_BYTES`].
pub fn decode(data: &str) -> Result<Vec<u8>, LinkError> {
    let data = data.trim();
    if data.is_empty() {
        return Err(LinkError::Empty);
    }
    if data.len() > MAX_URL_CHARS {
        return Err(LinkError::TooLong {
            chars: data.chars().count(),
            limit: MAX_URL_CHARS,
        });
    }
    if !data
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(LinkError::NotBase64);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| LinkError::NotBase64)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge {
                limit: MAX_INFLATED_BYTES,
            },
            _ => LinkError::BadCompression,
        }
    })
}

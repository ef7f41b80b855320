//! Small pieces of English grammar the tables share.

/// The noun after a count: English, unlike Swedish, inflects it ("1 initiative", "2 initiatives").
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

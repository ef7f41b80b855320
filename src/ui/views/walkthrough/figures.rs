//! Key figures with their formulas. (Being written.)

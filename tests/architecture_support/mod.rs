//! A small reader of the crate's own source for the layout checks in `tests/architecture.rs`:
//! which module each file is, and which files each file's paths lead to. It reads paths, not
//! types, which is all that "who imports whom" needs: `use` trees, `crate::`/`super::`/`self::`
//! paths in code, paths through a child module, and `pub use` re-exports followed to the file
//! that defines the item (a facade's re-export is its surface, not an import of its own).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub struct Module {
    pub file: String,
    pub path: Vec<String>,
    pub text: String,
    code: Vec<Tok>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Colons,
    Open,
    Close,
    Comma,
    Semi,
    Star,
    Other,
}

/// Every file of the library crate (`src/main.rs` and `src/bin/` are separate crates).
pub fn modules() -> BTreeMap<Vec<String>, Module> {
    let mut files = Vec::new();
    collect_files(Path::new("src"), &mut files);
    let pairs: Vec<(String, String)> = files
        .into_iter()
        .filter(|f| f != "src/main.rs" && !f.starts_with("src/bin/"))
        .filter_map(|f| std::fs::read_to_string(&f).ok().map(|t| (f, t)))
        .collect();
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    fixture_modules(&refs)
}

/// Modules from given (file, text) pairs, for testing the checker itself.
pub fn fixture_modules(files: &[(&str, &str)]) -> BTreeMap<Vec<String>, Module> {
    files
        .iter()
        .map(|(file, text)| {
            let path = module_path(file);
            let module = Module {
                file: file.to_string(),
                path: path.clone(),
                text: text.to_string(),
                code: tokens(&code_of(text)),
            };
            (path, module)
        })
        .collect()
}

/// Every folder below `root`, as "root/a/b".
pub fn folders(root: &str) -> Vec<String> {
    let mut files = Vec::new();
    collect_files(Path::new(root), &mut files);
    let set: BTreeSet<String> = files
        .iter()
        .filter_map(|f| {
            Path::new(f)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
        })
        .filter(|p| p != root)
        .collect();
    set.into_iter().collect()
}

fn collect_files(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn module_path(file: &str) -> Vec<String> {
    let rel = file.trim_start_matches("src/").trim_end_matches(".rs");
    let mut path = vec!["crate".to_string()];
    path.extend(rel.split('/').map(str::to_string));
    if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
        path.pop();
    }
    path
}

/// The text with comments, strings and character literals blanked out.
pub fn code_of(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && is_raw_start(&chars, i) {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            i += 2 + hashes;
            while i < chars.len() {
                if chars[i] == '"' && chars[i + 1..].iter().take(hashes).all(|&h| h == '#') {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_raw_start(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    let after: String = chars[i + 1..].iter().take_while(|&&c| c == '#').collect();
    before_ok && chars.get(i + 1 + after.len()) == Some(&'"')
}

fn is_char_literal(chars: &[char], i: usize) -> bool {
    matches!(
        (chars.get(i + 1), chars.get(i + 2)),
        (Some('\\'), _) | (Some(_), Some('\''))
    )
}

fn tokens(code: &str) -> Vec<Tok> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
            continue;
        }
        let tok = match c {
            ':' if chars.get(i + 1) == Some(&':') => {
                i += 1;
                Tok::Colons
            }
            '{' => Tok::Open,
            '}' => Tok::Close,
            ',' => Tok::Comma,
            ';' => Tok::Semi,
            '*' => Tok::Star,
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            _ => Tok::Other,
        };
        out.push(tok);
        i += 1;
    }
    out
}

/// A path as written, where it was written (how many inline `mod x { }` deep), and whether it
/// re-exports (`pub use`), with the name it is known by.
struct Written {
    segs: Vec<String>,
    depth: usize,
    reexport: Option<String>,
}

fn written_paths(m: &Module) -> Vec<Written> {
    let t = &m.code;
    let children: BTreeSet<String> = t
        .windows(3)
        .filter(|w| w[0] == Tok::Ident("mod".into()) && w[2] == Tok::Semi)
        .filter_map(|w| match &w[1] {
            Tok::Ident(name) => Some(name.clone()),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    let mut braces: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let depth = braces.iter().filter(|&&inline_mod| inline_mod).count();
        match &t[i] {
            Tok::Open => {
                let inline_mod = i >= 2 && t[i - 2] == Tok::Ident("mod".into());
                braces.push(inline_mod);
            }
            Tok::Close => {
                braces.pop();
            }
            Tok::Ident(w) if w == "use" => {
                let public = i >= 1
                    && (t[i - 1] == Tok::Ident("pub".into())
                        || (i >= 4 && t[i - 4] == Tok::Ident("pub".into())));
                let end = t[i..]
                    .iter()
                    .position(|x| *x == Tok::Semi)
                    .map_or(t.len(), |p| i + p);
                for (segs, name) in use_tree(&t[i + 1..end], &[]) {
                    let reexport = public.then_some(name);
                    out.push(Written {
                        segs,
                        depth,
                        reexport,
                    });
                }
                i = end;
            }
            Tok::Ident(w) if t.get(i + 1) == Some(&Tok::Colons) => {
                let starts =
                    matches!(w.as_str(), "crate" | "super" | "self") || children.contains(w);
                let after_colons = i >= 1 && t[i - 1] == Tok::Colons;
                if starts && !after_colons {
                    let mut segs = vec![w.clone()];
                    let mut j = i + 1;
                    while t.get(j) == Some(&Tok::Colons) {
                        match t.get(j + 1) {
                            Some(Tok::Ident(s)) => segs.push(s.clone()),
                            _ => break,
                        }
                        j += 2;
                    }
                    i = j - 1;
                    out.push(Written {
                        segs,
                        depth,
                        reexport: None,
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Expands a `use` tree into its leaf paths and the names they bind.
fn use_tree(t: &[Tok], prefix: &[String]) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let mut segs = prefix.to_vec();
    let mut i = 0;
    while i < t.len() {
        match &t[i] {
            Tok::Ident(w) if w == "as" => {
                if let (Some(Tok::Ident(alias)), Some(last)) = (t.get(i + 1), out.last_mut()) {
                    let last: &mut (Vec<String>, String) = last;
                    last.1 = alias.clone();
                }
                i += 1;
            }
            Tok::Ident(w) => {
                segs.push(w.clone());
                if t.get(i + 1) != Some(&Tok::Colons) {
                    let name = if w == "self" {
                        segs[segs.len().saturating_sub(2)].clone()
                    } else {
                        w.clone()
                    };
                    let path: Vec<String> = if w == "self" {
                        segs[..segs.len() - 1].to_vec()
                    } else {
                        segs.clone()
                    };
                    out.push((path, name));
                }
            }
            Tok::Open => {
                let mut level = 0;
                let mut end = i;
                for (k, x) in t.iter().enumerate().skip(i) {
                    match x {
                        Tok::Open => level += 1,
                        Tok::Close => level -= 1,
                        _ => {}
                    }
                    if level == 0 {
                        end = k;
                        break;
                    }
                }
                let inner = &t[i + 1..end];
                let mut level = 0;
                let mut start = 0;
                for (k, x) in inner.iter().enumerate() {
                    match x {
                        Tok::Open => level += 1,
                        Tok::Close => level -= 1,
                        Tok::Comma if level == 0 => {
                            out.extend(use_tree(&inner[start..k], &segs));
                            start = k + 1;
                        }
                        _ => {}
                    }
                }
                out.extend(use_tree(&inner[start..], &segs));
                i = end;
            }
            Tok::Comma => segs = prefix.to_vec(),
            _ => {}
        }
        i += 1;
    }
    out
}

/// The absolute module path a written path names, or None for other crates.
fn absolute(m: &Module, w: &Written) -> Option<Vec<String>> {
    let first = w.segs.first()?;
    let mut base = m.path.clone();
    let mut depth = w.depth;
    let mut rest = &w.segs[..];
    match first.as_str() {
        "crate" => return Some(w.segs.clone()),
        "self" => rest = &rest[1..],
        "super" => {
            while rest.first().is_some_and(|s| s == "super") {
                if depth > 0 {
                    depth -= 1;
                } else {
                    base.pop();
                }
                rest = &rest[1..];
            }
        }
        _ => {}
    }
    let is_child = first != "self" && first != "super";
    let child_mod = m
        .code
        .windows(2)
        .any(|p| p[0] == Tok::Ident("mod".into()) && p[1] == Tok::Ident(first.clone()));
    if is_child && !child_mod {
        return None;
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The file a path leads to, following `pub use` re-exports to where the item is defined.
fn resolve<'a>(
    path: &[String],
    mods: &'a BTreeMap<Vec<String>, Module>,
    hops: usize,
) -> Option<&'a Module> {
    let (len, module) = (1..=path.len())
        .rev()
        .find_map(|n| mods.get(&path[..n]).map(|m| (n, m)))?;
    let Some(item) = path.get(len) else {
        return Some(module);
    };
    if hops < 12 {
        for w in written_paths(module) {
            if w.reexport.as_deref() == Some(item.as_str()) {
                if let Some(target) = absolute(module, &w) {
                    let mut full = target;
                    full.extend(path[len + 1..].iter().cloned());
                    return resolve(&full, mods, hops + 1).or(Some(module));
                }
            }
        }
    }
    Some(module)
}

/// The files `m` imports.
pub fn uses_of(m: &Module, mods: &BTreeMap<Vec<String>, Module>) -> BTreeSet<String> {
    written_paths(m)
        .iter()
        .filter(|w| w.reexport.is_none())
        .filter_map(|w| absolute(m, w))
        .filter_map(|p| resolve(&p, mods, 0))
        .map(|target| target.file.clone())
        .filter(|f| *f != m.file)
        .collect()
}

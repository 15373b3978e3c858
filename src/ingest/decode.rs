//! Turns bytes into text: byte-order marks, UTF-16 without one, legacy encodings guessed
//! with chardetng, and a refusal for anything that is not text at all.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::error::{ErrorKind, IngestError};

/// Text decoded from bytes, with line endings as `\n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
    /// How many invalid byte sequences of UTF-8 text were replaced with U+FFFD.
    pub replaced: usize,
}

/// Signatures of common binary formats: leading bytes, and what to call the format.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"\x7FELF", "an ELF executable"),
    (
        b"PK\x03\x04",
        "a ZIP archive that is not a Word or OpenDocument text",
    ),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\xFD7zXZ\x00", "an xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old Microsoft Office document",
    ),
    (b"\xCA\xFE\xBA\xBE", "a Mach-O or Java class file"),
    (b"\xCF\xFA\xED\xFE", "a Mach-O executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"RIFF", "a RIFF media file"),
    (b"wOFF", "a web font"),
    (b"\x00asm", "a WebAssembly module"),
];

/// Decodes `bytes`; `name` is what error messages call the file. UTF-8 is taken as it is,
/// without a copy.
pub fn decode(bytes: Vec<u8>, name: &str) -> Result<Decoded, IngestError> {
    let mut replaced = 0;
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        replaced = rest
            .utf8_chunks()
            .filter(|chunk| !chunk.invalid().is_empty())
            .count();
        (String::from_utf8_lossy(rest).into_owned(), "UTF-8")
    } else if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        (decode_utf32(&bytes), "UTF-32")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (decode_with(UTF_16LE, rest).0, "UTF-16LE")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (decode_with(UTF_16BE, rest).0, "UTF-16BE")
    } else if let Some(encoding) = utf16_without_bom(&bytes) {
        (decode_with(encoding, &bytes).0, encoding.name())
    } else {
        refuse_binary(&bytes, name)?;
        match String::from_utf8(bytes) {
            Ok(text) => (text, "UTF-8"),
            Err(error) => {
                let bytes = error.into_bytes();
                match mostly_utf8(&bytes) {
                    Some(invalid) if declared_charset(&bytes).is_none() => {
                        replaced = invalid;
                        (String::from_utf8_lossy(&bytes).into_owned(), "UTF-8")
                    }
                    _ => {
                        let (text, encoding, broken) = legacy(&bytes);
                        replaced = broken;
                        (text, encoding)
                    }
                }
            }
        }
    };
    Ok(Decoded {
        text: normalize_newlines(text),
        encoding,
        replaced,
    })
}

/// Decodes bytes that are not UTF-8: with the charset the document declares when the
/// bytes fit it, or else with the encoding chardetng finds most likely (a declaration can
/// lie). Returns the text, the encoding and how many chars could not be decoded.
fn legacy(bytes: &[u8]) -> (String, &'static str, usize) {
    let guessed = || {
        let encoding = guess(bytes);
        let (text, broken) = decode_with(encoding, bytes);
        (text, encoding.name(), broken)
    };
    match declared_charset(bytes) {
        Some(declared) => {
            let (text, broken) = decode_with(declared, bytes);
            if broken == 0 {
                return (text, declared.name(), 0);
            }
            let other = guessed();
            if other.2 < broken {
                other
            } else {
                (text, declared.name(), broken)
            }
        }
        None => guessed(),
    }
}

/// UTF-8 with a few stray bytes (a file saved from two sources, a truncated copy): at
/// least twice as many well-formed multi-byte chars as broken sequences, which legacy
/// text almost never has. Returns the number of broken sequences.
fn mostly_utf8(bytes: &[u8]) -> Option<usize> {
    let (mut multibyte, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (invalid > 0 && multibyte >= 2 * invalid).then_some(invalid)
}

/// Whether `bytes` hold `name` in UTF-16 (as the stream names of an OLE compound file are).
fn holds_utf16(bytes: &[u8], name: &str) -> bool {
    let wide: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(wide.len()).any(|w| w == wide.as_slice())
}

/// Fails when `bytes` look like an image, executable, archive or other binary data.
fn refuse_binary(bytes: &[u8], name: &str) -> Result<(), IngestError> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") && holds_utf16(bytes, "EncryptedPackage") {
        return Err(IngestError::new(
            name,
            ErrorKind::Io(
                "the Office document is protected by a password; open it in Word or \
                 LibreOffice, save a copy without the password, and compare that"
                    .to_owned(),
            ),
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(IngestError::new(
            name,
            ErrorKind::Unsupported { format: "RTF" },
        ));
    }
    if let Some((_, what)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Err(IngestError::new(
            name,
            ErrorKind::Binary { what: Some(what) },
        ));
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        let what = Some("an MP4 or QuickTime media file");
        return Err(IngestError::new(name, ErrorKind::Binary { what }));
    }
    // A NUL anywhere is binary (text never has one); other control bytes are judged on
    // the head, and those in text are shown as symbols (`controls`).
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if bytes.contains(&0) || controls * 100 > head.len() {
        return Err(IngestError::new(name, ErrorKind::Binary { what: None }));
    }
    Ok(())
}

/// UTF-16 without a byte-order mark: text in Latin scripts has a zero in every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let zero_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let zero_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if zero_odd * 10 >= pairs * 4 && zero_even * 20 < pairs {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 4 && zero_odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset an HTML or XML document declares in its first bytes, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = find(&lower, b"charset=").or_else(|| find(&lower, b"encoding="))?;
    let rest = &head[at..];
    let value_start = rest.iter().position(|&b| b == b'=')? + 1;
    let value: Vec<u8> = rest[value_start..]
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'')
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .copied()
        .collect();
    let encoding = Encoding::for_label(&value)?;
    // As browsers do: a page cannot declare UTF-16 in bytes that are not (they would not be
    // readable as ASCII), and the "replacement" encoding (ISO-2022-KR, HZ and other unsafe
    // ones) would turn the whole page into one U+FFFD.
    let unusable = [UTF_8, UTF_16LE, UTF_16BE, encoding_rs::REPLACEMENT];
    (!unusable.contains(&encoding)).then_some(encoding)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The legacy encoding chardetng finds most likely.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// `bytes` decoded with `encoding`, and how many chars could not be (each a U+FFFD).
fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let broken = if had_errors {
        text.chars()
            .filter(|&c| c == char::REPLACEMENT_CHARACTER)
            .count()
    } else {
        0
    };
    (text.into_owned(), broken)
}

/// Decodes UTF-32 (either byte order, with its byte-order mark), replacing invalid units.
fn decode_utf32(bytes: &[u8]) -> String {
    let little = bytes.starts_with(b"\xFF\xFE");
    bytes[4..]
        .chunks(4)
        .map(|unit| {
            let mut word = [0u8; 4];
            word[..unit.len()].copy_from_slice(unit);
            let value = if little {
                u32::from_le_bytes(word)
            } else {
                u32::from_be_bytes(word)
            };
            char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect()
}

/// Turns CRLF and CR line endings into LF, and Unicode line and paragraph separators into
/// a line break and a blank line.
fn normalize_newlines(text: String) -> String {
    if !text.contains(['\r', '\u{2028}', '\u{2029}']) {
        return text;
    }
    text.replace("\r\n", "\n")
        .replace(['\r', '\u{2028}'], "\n")
        .replace('\u{2029}', "\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "Le café était fermé. Une erreur: caf".as_bytes().to_vec();
        bytes.extend(b"\xE9.");
        let d = decode(bytes, "f").expect("decodes");
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.replaced, 1);
        assert!(d.text.starts_with("Le café était fermé."));
        assert!(d.text.ends_with("caf\u{FFFD}."));
        let legacy = decode(b"Le caf\xe9 \xe9tait ferm\xe9.".to_vec(), "f").expect("decodes");
        assert_eq!((legacy.encoding, legacy.replaced), ("windows-1252", 0));
    }

    fn ok(bytes: &[u8]) -> (String, &'static str) {
        let d = decode(bytes.to_vec(), "f").expect("decodes");
        (d.text, d.encoding)
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn unicode_with_and_without_byte_order_marks() {
        assert_eq!(ok("héllo".as_bytes()), ("héllo".into(), "UTF-8"));
        assert_eq!(ok(b"\xEF\xBB\xBFhi"), ("hi".into(), "UTF-8"));
        let mut le = vec![0xFF, 0xFE];
        le.extend(utf16("Grüße, world", true));
        assert_eq!(ok(&le), ("Grüße, world".into(), "UTF-16LE"));
        let mut be = vec![0xFE, 0xFF];
        be.extend(utf16("Grüße", false));
        assert_eq!(ok(&be), ("Grüße".into(), "UTF-16BE"));
        assert_eq!(
            ok(&utf16("Plain text here", true)),
            ("Plain text here".into(), "UTF-16LE")
        );
        assert_eq!(
            ok(&utf16("Plain text here", false)),
            ("Plain text here".into(), "UTF-16BE")
        );
        let mut utf32 = vec![0xFF, 0xFE, 0, 0];
        utf32.extend("ok".chars().flat_map(|c| (c as u32).to_le_bytes()));
        assert_eq!(ok(&utf32), ("ok".into(), "UTF-32"));
    }

    #[test]
    fn legacy_encodings_are_guessed() {
        let (text, encoding) = ok(b"Le caf\xe9 est tr\xe8s bon, d\xe9j\xe0 vu \xe0 l'\xe9t\xe9.");
        assert_eq!(text, "Le café est très bon, déjà vu à l'été.");
        assert_eq!(encoding, "windows-1252");
        let koi8 = b"\xf0\xd2\xc5\xda\xc9\xc4\xc5\xce\xd4 \xd3\xcb\xc1\xda\xc1\xcc, \xde\xd4\xcf \xd7\xd3\xc5 \xc8\xcf\xd2\xcf\xdb\xcf.";
        let (text, encoding) = ok(koi8);
        assert!(encoding.starts_with("KOI8"), "{encoding}");
        assert_eq!(text, "Президент сказал, что все хорошо.");
        let (_, encoding) = ok(b"<meta charset=\"iso-8859-2\"><p>\xb1</p>");
        assert_eq!(encoding, "ISO-8859-2");
    }

    #[test]
    fn line_endings_become_lf() {
        assert_eq!(ok(b"a\r\nb\rc\n").0, "a\nb\nc\n");
    }

    #[test]
    fn binary_is_refused_with_what_it_is() {
        let png = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "old.png").unwrap_err();
        assert_eq!(
            png.to_string(),
            "old.png: looks like a binary file (a PNG image), not text"
        );
        let nul = decode(b"abc\0def".to_vec(), "x.bin").unwrap_err();
        assert_eq!(nul.to_string(), "x.bin: looks like a binary file, not text");
        let elf = decode(b"\x7FELF\x02\x01\x01".to_vec(), "a.out").unwrap_err();
        assert!(elf.to_string().contains("ELF executable"));
    }
}

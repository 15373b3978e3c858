//! The bundled sample pair (`assets/samples/`), built into the binary so that a newcomer
//! sees a real comparison wherever the program is run from.

/// A sample file: its name and its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// The file name.
    pub name: &'static str,
    /// The file's contents.
    pub text: &'static str,
}

/// The older version of the sample article.
pub const OLD: Sample = Sample {
    name: "putin-v1.txt",
    text: include_str!("../assets/samples/putin-v1.txt"),
};

/// The newer version of the sample article.
pub const NEW: Sample = Sample {
    name: "putin-v2.txt",
    text: include_str!("../assets/samples/putin-v2.txt"),
};

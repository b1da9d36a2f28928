//! The last touches to the package docx-rs writes: what it has no API for, added through an
//! XML reader and writer (quick-xml), never by editing text; then the package is deflated.
//!
//! - `w:tblHeader` on the first row of the tables in the [`REPEATING`] style, so that Word and
//!   LibreOffice repeat it at the top of every page the table runs onto;
//! - `w:lang` with `w:eastAsia="zh-CN"` in the document's default run properties, so that
//!   viewers pick Simplified Chinese glyphs and fonts for the East Asian text;
//! - the pictures' parts named `.jpeg`, as they are: docx-rs names every picture `.png`, and
//!   the minutes embed only JPEGs (`annex`), which a strict reader would take for broken PNGs.

use std::io::{BufRead, BufReader, Cursor, Write};

use anyhow::Context;
use quick_xml::events::{BytesEnd, BytesStart, Event};
use quick_xml::{Reader, Writer};

use super::layout::REPEATING;

/// A part's XML, completed as it streams from the stored package into the deflated one (the
/// document of a large meeting is tens of MB: it is never held twice).
type Rewrite = fn(&mut dyn BufRead, &mut dyn Write) -> anyhow::Result<()>;

/// The package, its XML completed, with every part deflated: docx-rs stores them
/// uncompressed, and deflated the minutes are a fraction of the size, to send and to hold in
/// memory until sent.
pub(super) fn finish(package: Vec<u8>) -> anyhow::Result<Vec<u8>> {
    let mut stored = zip::ZipArchive::new(Cursor::new(package))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..stored.len() {
        let mut part = stored.by_index(i)?;
        let name = part.name().to_owned();
        if part.is_dir() {
            out.add_directory(name, options)?;
            continue;
        }
        if let Some(stem) = picture_stem(&name) {
            let mut jpeg = Vec::new();
            std::io::Read::read_to_end(&mut part, &mut jpeg)?;
            anyhow::ensure!(
                jpeg.starts_with(&[0xFF, 0xD8, 0xFF]),
                "{name} is not a JPEG"
            );
            out.start_file(format!("word/media/{stem}.jpeg"), options)?;
            out.write_all(&jpeg)?;
            continue;
        }
        out.start_file(name.as_str(), options)?;
        let rewrite: Option<Rewrite> = match name.as_str() {
            "word/document.xml" => Some(repeat_header_rows),
            "word/styles.xml" => Some(chinese_language),
            "word/_rels/document.xml.rels" => Some(jpeg_targets),
            _ => None,
        };
        match rewrite {
            Some(rewrite) => {
                rewrite(&mut BufReader::new(&mut part), &mut out)
                    .with_context(|| format!("completing {name}"))?;
            }
            None => {
                std::io::copy(&mut part, &mut out)?;
            }
        }
    }
    Ok(out.finish()?.into_inner())
}

/// A table being read: whether its style repeats the header, how many rows have begun, and
/// whether its first row has its mark yet.
struct Tbl {
    repeating: bool,
    rows: usize,
    marked: bool,
}

fn empty(name: &str) -> Event<'_> {
    Event::Empty(BytesStart::new(name))
}

/// `w:tblHeader` in the row properties of the first row of every [`REPEATING`] table.
fn repeat_header_rows(xml: &mut dyn BufRead, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(out);
    let mut tables: Vec<Tbl> = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf)?;
        // Whether the current table's first row still waits for its mark.
        let due = |tables: &Vec<Tbl>| {
            tables
                .last()
                .is_some_and(|t| t.repeating && t.rows == 1 && !t.marked)
        };
        match &event {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == b"w:tbl" => tables.push(Tbl {
                repeating: false,
                rows: 0,
                marked: false,
            }),
            Event::End(e) if e.name().as_ref() == b"w:tbl" => {
                tables.pop();
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:tblStyle" => {
                let style = e.try_get_attribute("w:val")?;
                if let (Some(t), Some(style)) = (tables.last_mut(), style) {
                    t.repeating |= style.value.as_ref() == REPEATING.as_bytes();
                }
            }
            Event::Start(e) if e.name().as_ref() == b"w:tr" => {
                if let Some(t) = tables.last_mut() {
                    t.rows += 1;
                }
            }
            Event::Start(e) if e.name().as_ref() == b"w:trPr" && due(&tables) => {
                writer.write_event(event.borrow())?;
                writer.write_event(empty("w:tblHeader"))?;
                tables.last_mut().expect("in a table").marked = true;
                continue;
            }
            Event::Empty(e) if e.name().as_ref() == b"w:trPr" && due(&tables) => {
                writer.write_event(Event::Start(BytesStart::new("w:trPr")))?;
                writer.write_event(empty("w:tblHeader"))?;
                writer.write_event(Event::End(BytesEnd::new("w:trPr")))?;
                tables.last_mut().expect("in a table").marked = true;
                continue;
            }
            // A first row without properties: they come before its first cell.
            Event::Start(e) if e.name().as_ref() == b"w:tc" && due(&tables) => {
                writer.write_event(Event::Start(BytesStart::new("w:trPr")))?;
                writer.write_event(empty("w:tblHeader"))?;
                writer.write_event(Event::End(BytesEnd::new("w:trPr")))?;
                tables.last_mut().expect("in a table").marked = true;
            }
            _ => {}
        }
        writer.write_event(event)?;
    }
    Ok(())
}

/// The language of the document's text: `w:lang` closes the default run properties
/// (`w:docDefaults/w:rPrDefault/w:rPr`), where the schema puts it after the fonts and sizes.
fn chinese_language(xml: &mut dyn BufRead, out: &mut dyn Write) -> anyhow::Result<()> {
    let lang = || {
        Event::Empty(BytesStart::new("w:lang").with_attributes([
            ("w:val", "zh-CN"),
            ("w:eastAsia", "zh-CN"),
            ("w:bidi", "ar-SA"),
        ]))
    };
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(out);
    let mut in_default = false;
    let mut added = false;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf)?;
        match &event {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == b"w:rPrDefault" => in_default = true,
            Event::End(e) if e.name().as_ref() == b"w:rPrDefault" => in_default = false,
            Event::End(e) if in_default && !added && e.name().as_ref() == b"w:rPr" => {
                writer.write_event(lang())?;
                added = true;
            }
            Event::Empty(e) if in_default && !added && e.name().as_ref() == b"w:rPr" => {
                writer.write_event(Event::Start(BytesStart::new("w:rPr")))?;
                writer.write_event(lang())?;
                writer.write_event(Event::End(BytesEnd::new("w:rPr")))?;
                added = true;
                continue;
            }
            _ => {}
        }
        writer.write_event(event)?;
    }
    anyhow::ensure!(added, "no default run properties to set the language in");
    Ok(())
}

/// The stem of a picture's part as docx-rs names it (`word/media/<stem>.png`).
fn picture_stem(name: &str) -> Option<&str> {
    name.strip_prefix("word/media/")?.strip_suffix(".png")
}

/// The document's relationships to its pictures, pointed at the parts renamed `.jpeg`.
fn jpeg_targets(xml: &mut dyn BufRead, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(out);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf)?;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"Relationship" => {
                let target = e.try_get_attribute("Target")?;
                let stem = target
                    .as_ref()
                    .and_then(|t| std::str::from_utf8(&t.value).ok())
                    .and_then(|t| t.strip_prefix("media/")?.strip_suffix(".png"))
                    .map(str::to_owned);
                if let Some(stem) = stem {
                    let mut renamed = BytesStart::new("Relationship");
                    for a in e.attributes() {
                        let a = a?;
                        if a.key.as_ref() != b"Target" {
                            renamed.push_attribute(a);
                        }
                    }
                    renamed.push_attribute(("Target", format!("media/{stem}.jpeg").as_str()));
                    writer.write_event(match &event {
                        Event::Start(_) => Event::Start(renamed),
                        _ => Event::Empty(renamed),
                    })?;
                    continue;
                }
            }
            _ => {}
        }
        writer.write_event(event)?;
    }
    Ok(())
}

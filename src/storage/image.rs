//! Smaller JPEGs of the photos we can decode (JPEG, PNG, WebP; HEIC has no decoder here):
//! thumbnails for lists, and copies small enough to embed in the minutes. Decoding is
//! bounded, so a small file that claims to be a huge picture (a decompression bomb) fails
//! instead of taking the memory. Pure and CPU-heavy: callers run these on the blocking pool.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Longest side of a thumbnail.
pub const THUMBNAIL_SIDE: u32 = 320;
/// Longest side of a photo embedded in the minutes (about 13 cm at 300 dpi).
pub const PRINT_SIDE: u32 = 1600;
/// The largest picture decoded: a 48-megapixel phone photo fits.
const MAX_SIDE: u32 = 10_000;
const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// A JPEG thumbnail (longest side 320 px) of an image, or `None` if it cannot be decoded.
pub fn thumbnail(bytes: &[u8], media_type: &str) -> Option<Vec<u8>> {
    let picture = decode(bytes, media_type)?;
    encode(&picture.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE), 80)
}

/// A JPEG whose longest side is at most 1600 px, for the Word minutes.
pub fn for_print(bytes: &[u8], media_type: &str) -> Option<Vec<u8>> {
    let picture = decode(bytes, media_type)?;
    let picture = if picture.width().max(picture.height()) > PRINT_SIDE {
        picture.resize(
            PRINT_SIDE,
            PRINT_SIDE,
            image::imageops::FilterType::Lanczos3,
        )
    } else {
        picture
    };
    encode(&picture, 85)
}

fn decode(bytes: &[u8], media_type: &str) -> Option<DynamicImage> {
    let format = match media_type {
        "image/jpeg" => ImageFormat::Jpeg,
        "image/png" => ImageFormat::Png,
        "image/webp" => ImageFormat::WebP,
        _ => return None,
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    // A phone stores a portrait photo sideways and says so in its EXIF.
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).ok()?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    Some(picture)
}

fn encode(picture: &DynamicImage, quality: u8) -> Option<Vec<u8>> {
    // JPEG has no alpha: flatten to RGB first.
    let rgb = DynamicImage::ImageRgb8(picture.to_rgb8());
    let mut out = Vec::new();
    rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
        .ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgb, RgbImage};

    fn photo(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let picture = RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(picture)
            .write_to(&mut out, format)
            .unwrap();
        out.into_inner()
    }

    fn size_of(jpeg: &[u8]) -> (u32, u32) {
        let picture = image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).unwrap();
        (picture.width(), picture.height())
    }

    #[test]
    fn a_thumbnail_keeps_the_proportions_within_320_pixels() {
        let jpeg = photo(1200, 800, ImageFormat::Jpeg);
        assert_eq!(
            size_of(&thumbnail(&jpeg, "image/jpeg").unwrap()),
            (320, 213)
        );
        let png = photo(300, 900, ImageFormat::Png);
        assert_eq!(size_of(&thumbnail(&png, "image/png").unwrap()), (107, 320));
        let webp = photo(400, 400, ImageFormat::WebP);
        assert_eq!(
            size_of(&thumbnail(&webp, "image/webp").unwrap()),
            (320, 320)
        );
    }

    #[test]
    fn a_print_copy_is_at_most_1600_pixels_and_small_ones_stay() {
        let jpeg = photo(2000, 1000, ImageFormat::Jpeg);
        assert_eq!(
            size_of(&for_print(&jpeg, "image/jpeg").unwrap()),
            (1600, 800)
        );
        let png = photo(640, 480, ImageFormat::Png);
        assert_eq!(size_of(&for_print(&png, "image/png").unwrap()), (640, 480));
    }

    #[test]
    fn what_is_not_a_decodable_picture_has_none() {
        assert!(thumbnail(b"%PDF-1.7 not a picture", "application/pdf").is_none());
        assert!(thumbnail(b"\xff\xd8\xff\xe0 truncated", "image/jpeg").is_none());
        // HEIC is stored, never decoded.
        assert!(thumbnail(&photo(10, 10, ImageFormat::Jpeg), "image/heic").is_none());
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        // A valid PNG header for 60000 × 60000 pixels (10.8 GB decoded) in a few hundred
        // bytes: the header alone must stop it.
        let mut bomb = Vec::new();
        image::codecs::png::PngEncoder::new(&mut bomb)
            .write_image(&[0u8; 3], 1, 1, image::ExtendedColorType::Rgb8)
            .unwrap();
        // IHDR's width and height, then its CRC, rewritten.
        bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32fast::hash(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        assert!(thumbnail(&bomb, "image/png").is_none());
        assert!(for_print(&bomb, "image/png").is_none());
        // Within the side limit but over the memory one: 9000 × 9000 RGBA is 324 MB.
        let mut wide = bomb.clone();
        wide[16..20].copy_from_slice(&9_000u32.to_be_bytes());
        wide[20..24].copy_from_slice(&9_000u32.to_be_bytes());
        wide[25] = 6; // colour type RGBA
        let crc = crc32fast::hash(&wide[12..29]);
        wide[29..33].copy_from_slice(&crc.to_be_bytes());
        assert!(thumbnail(&wide, "image/png").is_none());
    }
}

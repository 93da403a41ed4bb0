//! What the HLS demuxer needs from an fMP4 (CMAF) segment before symphonia reads it: the
//! segment held in memory (bounded), and its first `tfdt` decode time, which symphonia does
//! not apply.

use std::io::Read;
use std::path::Path;

use super::MAX_HELD_SEGMENT_BYTES;
use crate::media::MediaError;

pub(super) fn read_bounded(
    reader: Box<dyn Read + Send>,
    label: &Path,
) -> Result<Vec<u8>, MediaError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_HELD_SEGMENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| MediaError::from_io(label, e))?;
    if bytes.len() as u64 > MAX_HELD_SEGMENT_BYTES {
        return Err(MediaError::Unsupported {
            path: label.to_path_buf(),
            detail: format!("fMP4 segment larger than {MAX_HELD_SEGMENT_BYTES} bytes"),
        });
    }
    Ok(bytes)
}

/// The `baseMediaDecodeTime` of the first `moof/traf/tfdt` box in an fMP4 segment.
pub(super) fn first_tfdt(b: &[u8]) -> Option<u64> {
    let moof = find_box(b, b"moof")?;
    let traf = find_box(moof, b"traf")?;
    let tfdt = find_box(traf, b"tfdt")?;
    match tfdt.first()? {
        1 => Some(u64::from_be_bytes(tfdt.get(4..12)?.try_into().ok()?)),
        _ => Some(u64::from(u32::from_be_bytes(
            tfdt.get(4..8)?.try_into().ok()?,
        ))),
    }
}

/// The body of the first box of type `kind` among the boxes laid out in `b`.
fn find_box<'a>(b: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    let mut pos = 0usize;
    while pos + 8 <= b.len() {
        let size32 = u32::from_be_bytes(b[pos..pos + 4].try_into().ok()?);
        let (size, header) = match size32 {
            0 => (b.len() - pos, 8),
            1 => (
                usize::try_from(u64::from_be_bytes(
                    b.get(pos + 8..pos + 16)?.try_into().ok()?,
                ))
                .ok()?,
                16,
            ),
            n => (n as usize, 8),
        };
        if size < header || pos.checked_add(size)? > b.len() {
            return None;
        }
        if &b[pos + 4..pos + 8] == kind {
            return Some(&b[pos + header..pos + size]);
        }
        pos += size;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tfdt_is_found_in_moof_traf() {
        let bx = |kind: &[u8; 4], body: &[u8]| {
            let mut v = ((body.len() + 8) as u32).to_be_bytes().to_vec();
            v.extend_from_slice(kind);
            v.extend_from_slice(body);
            v
        };
        let tfdt = bx(b"tfdt", &[1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x58, 0x88]);
        let traf = bx(b"traf", &[bx(b"tfhd", &[0; 8]), tfdt].concat());
        let seg = [
            bx(b"styp", b"msdh"),
            bx(b"moof", &[bx(b"mfhd", &[0; 8]), traf].concat()),
        ]
        .concat();
        assert_eq!(first_tfdt(&seg), Some(88_200));
        assert_eq!(first_tfdt(&seg[..20]), None);
    }
}

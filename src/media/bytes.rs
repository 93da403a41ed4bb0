//! A forward-only byte reader with look-ahead, for the demuxers that read streams (FLV,
//! MPEG-TS) from files or network connections that cannot seek.
//!
//! Only the look-ahead window is held in memory; bodies are read into buffers sized by the data
//! that actually arrives, so an absurd declared size cannot make the reader allocate more than
//! the input holds.

use std::io::{self, Read};

/// Most bytes [`PeekReader::peek`] may ask for at once.
pub const MAX_PEEK: usize = 1 << 16;

/// Reads forward through a byte stream, able to look ahead up to [`MAX_PEEK`] bytes.
pub struct PeekReader {
    inner: Box<dyn Read + Send>,
    buf: Vec<u8>,
    start: usize,
    pos: u64,
    eof: bool,
}

impl PeekReader {
    /// Wraps a byte stream.
    pub fn new(inner: Box<dyn Read + Send>) -> Self {
        PeekReader {
            inner,
            buf: Vec::new(),
            start: 0,
            pos: 0,
            eof: false,
        }
    }

    /// Bytes consumed so far (the offset of the next byte in the input).
    pub fn position(&self) -> u64 {
        self.pos
    }

    /// Up to `n` (≤ [`MAX_PEEK`]) next bytes without consuming them; fewer only at the end of
    /// the input.
    pub fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        let n = n.min(MAX_PEEK);
        while self.buf.len() - self.start < n && !self.eof {
            if self.start > 0 && self.start >= self.buf.len() / 2 {
                self.buf.drain(..self.start);
                self.start = 0;
            }
            let have = self.buf.len();
            let want = (n - (have - self.start)).max(8192);
            self.buf.resize(have + want, 0);
            let got = loop {
                match self.inner.read(&mut self.buf[have..]) {
                    Ok(k) => break k,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.buf.truncate(have);
                        return Err(e);
                    }
                }
            };
            self.buf.truncate(have + got);
            if got == 0 {
                self.eof = true;
            }
        }
        let end = (self.start + n).min(self.buf.len());
        Ok(&self.buf[self.start..end])
    }

    /// Drops `n` bytes (which must have been peeked).
    pub fn consume(&mut self, n: usize) {
        let n = n.min(self.buf.len() - self.start);
        self.start += n;
        self.pos += n as u64;
        if self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        }
    }

    /// True when no byte is left.
    pub fn at_end(&mut self) -> io::Result<bool> {
        Ok(self.peek(1)?.is_empty())
    }

    /// Reads the next `n` bytes; the Vec is shorter than `n` only at the end of the input.
    /// Memory grows with the bytes that arrive, not with `n`.
    pub fn read_vec(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n.min(MAX_PEEK));
        let buffered = (self.buf.len() - self.start).min(n);
        out.extend_from_slice(&self.buf[self.start..self.start + buffered]);
        self.consume(buffered);
        if out.len() < n {
            let want = (n - out.len()) as u64;
            let got = (&mut self.inner).take(want).read_to_end(&mut out)?;
            self.pos += got as u64;
            if (got as u64) < want {
                self.eof = true;
            }
        }
        Ok(out)
    }

    /// Skips the next `n` bytes; returns how many were there.
    pub fn skip(&mut self, n: u64) -> io::Result<u64> {
        let buffered = ((self.buf.len() - self.start) as u64).min(n);
        self.consume(buffered as usize);
        let mut skipped = buffered;
        if skipped < n {
            let want = n - skipped;
            let got = io::copy(&mut (&mut self.inner).take(want), &mut io::sink())?;
            self.pos += got;
            skipped += got;
            if got < want {
                self.eof = true;
            }
        }
        Ok(skipped)
    }

    /// Reads and discards everything left; returns how many bytes that was.
    pub fn drain(&mut self) -> io::Result<u64> {
        self.skip(u64::MAX)
    }
}

impl Read for PeekReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let buffered = self.buf.len() - self.start;
        if buffered > 0 {
            let n = buffered.min(out.len());
            out[..n].copy_from_slice(&self.buf[self.start..self.start + n]);
            self.consume(n);
            return Ok(n);
        }
        let n = self.inner.read(out)?;
        self.pos += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out data one byte per read call, as a slow network connection might.
    struct Trickle(Vec<u8>, usize);
    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.1 >= self.0.len() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[self.1];
            self.1 += 1;
            Ok(1)
        }
    }

    #[test]
    fn peek_consume_read_and_skip_track_position() {
        let data: Vec<u8> = (0..=255u8).cycle().take(100_000).collect();
        let mut r = PeekReader::new(Box::new(Trickle(data.clone(), 0)));
        assert_eq!(r.peek(3).unwrap(), &[0, 1, 2]);
        r.consume(2);
        assert_eq!(r.position(), 2);
        assert_eq!(r.read_vec(5).unwrap(), vec![2, 3, 4, 5, 6]);
        assert_eq!(r.skip(10).unwrap(), 10);
        assert_eq!(r.peek(1).unwrap(), &[17]);
        let big = r.read_vec(70_000).unwrap();
        assert_eq!(big[..], data[17..70_017]);
        assert_eq!(r.position(), 70_017);
        assert_eq!(r.drain().unwrap(), 100_000 - 70_017);
        assert!(r.at_end().unwrap());
        assert_eq!(r.read_vec(4).unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn a_huge_request_on_a_short_input_allocates_only_what_arrives() {
        let mut r = PeekReader::new(Box::new(io::Cursor::new(vec![7u8; 10])));
        let v = r.read_vec(usize::MAX >> 8).unwrap();
        assert_eq!(v.len(), 10);
        assert!(v.capacity() < 1 << 20);
    }
}

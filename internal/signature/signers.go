package signature

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"
)

// Signer is one line of an allowed-signers file: who may sign, with which key, and the options
// that limit it.
type Signer struct {
	// Principals are the signer's names as the file gives them (user@example.org patterns).
	Principals []string
	Key        ssh.PublicKey
	// Line is the signer's line in the file, from 1.
	Line int
	// certAuthority marks a line trusting certificates signed by Key, which vendorcheck does
	// not check: such a line never matches.
	certAuthority bool
	namespaces    string    // the namespaces pattern-list, "" for any
	after, before time.Time // the validity, zero for unbounded
}

// ParseSigners reads an allowed-signers file in the format of ssh-keygen(1) ("ALLOWED
// SIGNERS"): per line, principals, optional options (namespaces="…", valid-after=…,
// valid-before=…, cert-authority), the key type and the key. A line holding only a public key,
// as in a .pub file, is accepted too: its comment names the signer. Problems name the line:
// "name:3: …".
func ParseSigners(name string, data []byte) ([]Signer, error) {
	var signers []Signer
	var problems []error
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		s, err := parseSigner(line)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s:%d: %w", name, n+1, err))
			continue
		}
		s.Line = n + 1
		signers = append(signers, s)
	}
	if err := errors.Join(problems...); err != nil {
		return nil, err
	}
	if len(signers) == 0 {
		return nil, fmt.Errorf("%s: no signers (expected lines like: name@example.org ssh-ed25519 AAAA…)", name)
	}
	return signers, nil
}

// parseSigner reads one line of an allowed-signers file.
func parseSigner(line []byte) (Signer, error) {
	var s Signer
	first, rest := splitField(line)
	if isKeyType(first) {
		key, comment, _, _, err := ssh.ParseAuthorizedKey(line)
		if err != nil {
			return s, fmt.Errorf("not a public key: %w", err)
		}
		s.Key = key
		if comment != "" {
			s.Principals = []string{comment}
		}
		return s, nil
	}
	s.Principals = strings.Split(strings.Trim(first, `"`), ",")
	if len(rest) == 0 {
		return s, errors.New("no key after the principals")
	}
	key, _, options, _, err := ssh.ParseAuthorizedKey(rest)
	if err != nil {
		return s, fmt.Errorf("no public key after the principals: %w", err)
	}
	s.Key = key
	for _, opt := range options {
		if err := s.option(opt); err != nil {
			return s, err
		}
	}
	return s, nil
}

// option applies one option of a signer's line.
func (s *Signer) option(opt string) error {
	name, value, hasValue := strings.Cut(opt, "=")
	value = strings.Trim(value, `"`)
	var err error
	switch strings.ToLower(name) {
	case "cert-authority":
		s.certAuthority = true
		return nil
	case "namespaces":
		s.namespaces = value
	case "valid-after":
		s.after, err = parseTimestamp(value)
	case "valid-before":
		s.before, err = parseTimestamp(value)
	default:
		return fmt.Errorf("unknown option %q (allowed: cert-authority, namespaces, valid-after, valid-before)", name)
	}
	if !hasValue {
		return fmt.Errorf("option %s needs a value", name)
	}
	if err != nil {
		return fmt.Errorf("option %s: %w", name, err)
	}
	return nil
}

// splitField returns the first field of a line (double quotes may hold spaces) and the rest.
func splitField(line []byte) (string, []byte) {
	inQuote := false
	for i, b := range line {
		switch {
		case b == '"':
			inQuote = !inQuote
		case !inQuote && (b == ' ' || b == '\t'):
			return string(line[:i]), bytes.TrimSpace(line[i:])
		}
	}
	return string(line), nil
}

// isKeyType reports whether a field names an SSH public key type.
func isKeyType(field string) bool {
	for _, p := range []string{"ssh-", "ecdsa-", "sk-"} {
		if strings.HasPrefix(field, p) {
			return true
		}
	}
	return false
}

// parseTimestamp reads YYYYMMDD[Z] or YYYYMMDDHHMM[SS][Z]: local time, or UTC with the Z.
func parseTimestamp(v string) (time.Time, error) {
	loc := time.Local
	if s, ok := strings.CutSuffix(v, "Z"); ok {
		v, loc = s, time.UTC
	}
	for _, layout := range []string{"20060102", "200601021504", "20060102150405"} {
		if len(v) == len(layout) {
			if t, err := time.ParseInLocation(layout, v, loc); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time (YYYYMMDD or YYYYMMDDHHMM[SS], Z for UTC)", v)
}

// Errors of Verify; the message of the error returned says more.
var (
	// ErrUnknownSigner: the key that made the signature is not one of the signers.
	ErrUnknownSigner = errors.New("not signed by any of the allowed signers")
	// ErrChanged: the file, or the signature, changed after signing.
	ErrChanged = errors.New("the file does not match its signature")
)

// Verified says who signed a file.
type Verified struct {
	// Signer is the allowed signer whose key made the signature.
	Signer Signer
}

// Verify checks that armored is a vendorcheck signature of the bytes of message by one of
// signers, valid at now. It fails with ErrUnknownSigner when the key is nobody's (or a
// signer's options exclude it), with ErrChanged when the message (or the signature) changed,
// and with another error when armored is not an SSH signature or was made for another
// namespace.
func Verify(message io.Reader, armored []byte, signers []Signer, now time.Time) (*Verified, error) {
	sig, err := sshsig.Unarmor(bytes.TrimSpace(armored))
	if err != nil {
		return nil, fmt.Errorf("not an SSH signature: %w", err)
	}
	if sig.Namespace != Namespace {
		return nil, fmt.Errorf("the signature was made for %q, not for %q", sig.Namespace, Namespace)
	}
	who, err := findSigner(sig.PublicKey, signers, now)
	if err != nil {
		return nil, err
	}
	if err := sshsig.Verify(errReader{message}, sig, sig.PublicKey, sig.HashAlgorithm, Namespace); err != nil {
		var read readError
		if errors.As(err, &read) {
			return nil, read.err
		}
		return nil, fmt.Errorf("%w: it changed after it was signed, or the signature was altered", ErrChanged)
	}
	return &Verified{Signer: who}, nil
}

// findSigner returns the first signer holding key and allowed to sign for the namespace at now.
func findSigner(key ssh.PublicKey, signers []Signer, now time.Time) (Signer, error) {
	want := key.Marshal()
	var excluded []string
	for _, s := range signers {
		if s.certAuthority || !bytes.Equal(s.Key.Marshal(), want) {
			continue
		}
		switch {
		case s.namespaces != "" && !matchList(Namespace, s.namespaces):
			excluded = append(excluded, fmt.Sprintf("line %d allows only namespaces %q", s.Line, s.namespaces))
		case !s.after.IsZero() && now.Before(s.after):
			excluded = append(excluded, fmt.Sprintf("line %d is valid only after %s", s.Line, s.after.Format(time.DateTime)))
		case !s.before.IsZero() && now.After(s.before):
			excluded = append(excluded, fmt.Sprintf("line %d was valid only before %s", s.Line, s.before.Format(time.DateTime)))
		default:
			return s, nil
		}
	}
	if len(excluded) > 0 {
		return Signer{}, fmt.Errorf("%w: signed by %s, but %s", ErrUnknownSigner, Fingerprint(key), strings.Join(excluded, "; "))
	}
	return Signer{}, fmt.Errorf("%w: signed by %s, which is not in the list", ErrUnknownSigner, Fingerprint(key))
}

// readError marks a failure to read the message, as opposed to a signature that does not match.
type readError struct{ err error }

func (e readError) Error() string { return e.err.Error() }

// errReader wraps a message being verified so that a failure to read it is reported as such,
// not as a changed file.
type errReader struct{ r io.Reader }

func (e errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		return n, readError{err}
	}
	return n, err
}

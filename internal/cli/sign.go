package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/signature"
	"golang.org/x/crypto/ssh"
)

type signOptions struct {
	key    string
	output string
	force  bool
}

func newSignCmd(std *streams) *cobra.Command {
	var opts signOptions
	cmd := &cobra.Command{
		Use:   "sign FILE --key KEY",
		Short: "Sign a file with your SSH key",
		Long: `Sign a file with an SSH private key, the way "ssh-keygen -Y sign -n vendorcheck" does,
and write the signature next to it as FILE.sig. Anyone holding your public key can check it with
"vendorcheck verify", or with "ssh-keygen -Y verify -n vendorcheck".

The key is read from the file given with --key (ssh-agent is not used). A key protected by a
passphrase asks for it on the terminal. Nothing is sent anywhere.`,
		Example: `  vendorcheck sign lark-2026-12-01.report.html --key ~/.ssh/id_ed25519
  vendorcheck verify lark-2026-12-01.report.html --signers allowed_signers`,
		Args: rangeArgs(1, 1, "one file to sign"),
		RunE: func(_ *cobra.Command, args []string) error { return signRun(std, opts, args[0]) },
	}
	cmd.Flags().StringVar(&opts.key, "key", "", "the SSH private key file to sign with (required)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the signature here (default FILE.sig)")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace an existing signature")
	return cmd
}

func signRun(std *streams, opts signOptions, path string) error {
	if opts.key == "" {
		return usageError{errors.New("sign needs --key KEY, the SSH private key file to sign with")}
	}
	keyData, err := os.ReadFile(opts.key)
	if err != nil {
		return fmt.Errorf("read the key: %w", err)
	}
	signer, err := signature.LoadKey(keyData, askPassphrase(std, opts.key))
	if err != nil {
		return fmt.Errorf("%s: %w", opts.key, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read the file to sign: %w", err)
	}
	defer f.Close()
	sig, err := signature.Sign(f, signer)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	out := opts.output
	if out == "" {
		out = path + ".sig"
	}
	if err := writeOutput(std.out, out, sig, opts.force); err != nil {
		return err
	}
	if out == "-" {
		return nil
	}
	pub := signer.PublicKey()
	fmt.Fprintf(std.out, "Signed %s with %s\nSignature: %s\n", path, signature.Fingerprint(pub), out)
	fmt.Fprintf(std.out, "To check it, the reader needs a signers file with this line:\n  %s %s\n",
		signerName(opts.key), strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub))))
	return nil
}

// signerName is the name to put first on a signers-file line for a key: the comment of its .pub
// file (usually user@host), or a placeholder.
func signerName(keyPath string) string {
	if data, err := os.ReadFile(keyPath + ".pub"); err == nil {
		if _, comment, _, _, err := ssh.ParseAuthorizedKey(data); err == nil && comment != "" && !strings.ContainsAny(comment, " \t\",") {
			return comment
		}
	}
	return "you@example.org"
}

// passphraseReader asks for the passphrase of a key; nil when there is no terminal to ask on.
// Tests replace it.
var passphraseReader = terminalPassphrase

// askPassphrase returns the function LoadKey calls for a protected key.
func askPassphrase(std *streams, keyPath string) func() ([]byte, error) {
	return passphraseReader(std, "Passphrase for "+keyPath+": ")
}

// terminalPassphrase reads a passphrase without echo from the standard input when it is a
// terminal, else from the controlling terminal (/dev/tty), prompting on the same terminal.
func terminalPassphrase(std *streams, prompt string) func() ([]byte, error) {
	if f, ok := std.in.(*os.File); ok && term.IsTerminal(f.Fd()) {
		return func() ([]byte, error) { return readPassphrase(f, std.err, prompt) }
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil
	}
	return func() ([]byte, error) {
		defer tty.Close()
		return readPassphrase(tty, tty, prompt)
	}
}

// readPassphrase prompts on w and reads one line from the terminal in without echo.
func readPassphrase(in *os.File, w io.Writer, prompt string) ([]byte, error) {
	fmt.Fprint(w, prompt)
	pass, err := term.ReadPassword(in.Fd())
	fmt.Fprintln(w)
	return pass, err
}

type verifyOptions struct {
	signers   string
	signature string
}

func newVerifyCmd(std *streams) *cobra.Command {
	var opts verifyOptions
	cmd := &cobra.Command{
		Use:   "verify FILE --signers FILE",
		Short: "Check a signature and who signed",
		Long: `Check that FILE is exactly what was signed, by someone in the signers file, and say who.
The exit status is 1 when the file changed by a single byte, the signature is not from a listed
signer, or it was made for another purpose than vendorcheck.

The signers file is OpenSSH's "allowed signers" format (see ssh-keygen(1)): one line per person,
their name, then their public key, as in
  alice@example.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA...
Lines may carry namespaces="vendorcheck", valid-after= and valid-before= options. A .pub file
works as a signers file too, naming the signer by the key's comment.`,
		Example: `  vendorcheck verify lark-2026-12-01.report.html --signers allowed_signers
  ssh-keygen -Y verify -n vendorcheck -f allowed_signers \
    -I alice@example.org -s lark-2026-12-01.report.html.sig \
    < lark-2026-12-01.report.html`,
		Args: rangeArgs(1, 1, "one signed file"),
		RunE: func(_ *cobra.Command, args []string) error { return verifyRun(std, opts, args[0]) },
	}
	cmd.Flags().StringVar(&opts.signers, "signers", "", "the allowed-signers file (required)")
	cmd.Flags().StringVar(&opts.signature, "signature", "", "the signature file (default FILE.sig)")
	return cmd
}

func verifyRun(std *streams, opts verifyOptions, path string) error {
	if opts.signers == "" {
		return usageError{errors.New("verify needs --signers FILE, the people whose signatures you accept")}
	}
	data, err := os.ReadFile(opts.signers)
	if err != nil {
		return fmt.Errorf("read the signers: %w", err)
	}
	signers, err := signature.ParseSigners(opts.signers, data)
	if err != nil {
		return err
	}
	sigPath := opts.signature
	if sigPath == "" {
		sigPath = path + ".sig"
	}
	sig, err := os.ReadFile(sigPath)
	if err != nil {
		return fmt.Errorf("read the signature: %w", err)
	}
	message, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read the signed file: %w", err)
	}
	v, err := signature.Verify(bytes.NewReader(message), sig, signers, time.Now())
	if err != nil {
		return fmt.Errorf("%s: BAD: %w", path, err)
	}
	who := "(no name)"
	if len(v.Signer.Principals) > 0 {
		who = strings.Join(v.Signer.Principals, ", ")
	}
	fmt.Fprintf(std.out, "%s: good signature by %s (%s, %s line %d)\n",
		path, who, signature.Fingerprint(v.Signer.Key), opts.signers, v.Signer.Line)
	return nil
}

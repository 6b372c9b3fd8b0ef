package plan

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"unicode/utf8"
)

// InputError is a problem with an input file: it names the file and says what
// is wrong. The CLI reports it and exits 2.
type InputError struct {
	File   string // as the user gave it; "-" is standard input
	Reason string
}

func (e *InputError) Error() string {
	name := e.File
	if name == "-" {
		name = "<stdin>"
	}
	return name + ": " + e.Reason
}

func inputErr(file, format string, args ...any) error {
	return &InputError{File: file, Reason: fmt.Sprintf(format, args...)}
}

// Kind says whether an input is a plan or a state.
type Kind string

// Input kinds.
const (
	KindPlan  Kind = "plan"
	KindState Kind = "state"
)

// MaxInputSize bounds what srmlint reads from one input, so that a runaway
// stream cannot exhaust memory. Real plans of 100,000 resources stay well
// below it.
const MaxInputSize = 2 << 30

// Options control loading.
type Options struct {
	// Terraform is the CLI used to convert binary plan files ("" = look for
	// terraform, then tofu, on PATH).
	Terraform string
	// Dir is the working directory for `terraform show` ("" = current).
	Dir string
	// Notify receives progress notes meant for the user's terminal, such as
	// which binary converted a binary plan. May be nil.
	Notify func(string)

	sizeHint int64 // the input's size, when known, to read it in one allocation
}

// LoadFile loads a plan or state from a file, or from stdin when path is "-".
// A binary plan file (a zip archive) is converted with `terraform show -json`.
func LoadFile(ctx context.Context, path string, stdin io.Reader, opt Options) (*Plan, error) {
	if path == "-" {
		return load(ctx, path, stdin, opt)
	}
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, inputErr(path, "cannot read: %v", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err == nil && st.IsDir() {
		return nil, inputErr(path, "is a directory, not a plan file (run `terraform show -json PLANFILE > plan.json` first)")
	}
	if err == nil && st.Mode().IsRegular() {
		opt.sizeHint = st.Size()
		if st.Size() > 0 && st.Size() <= MaxInputSize {
			if data, unmap, err := mapFile(f, st.Size()); err == nil {
				defer unmap()
				return loadMapped(ctx, path, data, opt)
			}
		}
	}
	return load(ctx, path, f, opt)
}

// loadMapped loads a memory-mapped input file.
func loadMapped(ctx context.Context, name string, data []byte, opt Options) (*Plan, error) {
	return guardFaults(name, func() (*Plan, error) {
		rest := bytes.TrimLeft(data, " \t\r\n")
		if len(rest) == 0 || bytes.HasPrefix(rest, zipMagic) {
			// blank, or a binary plan: the stream reader handles both
			return load(ctx, name, bytes.NewReader(data), opt)
		}
		return Parse(name, rest, int64(len(data)-len(rest)))
	})
}

// guardFaults runs parse on input that may be memory-mapped. The model
// copies out what it keeps (see compact), so the mapping may go once parse
// returns. A file cut short while mapped faults on access: that is an input
// error, not a crash.
func guardFaults(name string, parse func() (*Plan, error)) (p *Plan, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if _, fault := r.(interface{ Addr() uintptr }); !fault {
				panic(r)
			}
			p, err = nil, inputErr(name, "changed while srmlint read it (%v)", r)
		}
	}()
	return parse()
}

// readInput reads a stream (standard input, the output of terraform show)
// to its end. Where files can be mapped, it spools the stream into an
// unlinked temporary file and maps that, so that the input stays out of the
// Go heap as a plan file does; release undoes the mapping. Without a
// temporary file, or when the temporary directory fills up, it reads into
// memory. spool makes the temporary file (spoolFile, or a stand-in in tests).
func readInput(r io.Reader, sizeHint int64, spool func() (*os.File, error)) (data []byte, release func(), err error) {
	release = func() {}
	r = io.LimitReader(r, MaxInputSize+1)
	f, err := spool()
	if err != nil {
		buf := bytes.NewBuffer(make([]byte, 0, min(sizeHint, MaxInputSize)+bytes.MinRead))
		_, err := buf.ReadFrom(r)
		return buf.Bytes(), release, err
	}
	defer f.Close() // a mapping outlives its file
	chunk := make([]byte, 256<<10)
	var n int64
	for {
		k, rerr := r.Read(chunk)
		if w, werr := f.Write(chunk[:k]); werr != nil {
			// the temporary directory is full: go on in memory
			n += int64(w)
			buf := bytes.NewBuffer(make([]byte, n, n+int64(k-w)+bytes.MinRead))
			if _, err := f.ReadAt(buf.Bytes(), 0); err != nil {
				return nil, release, err
			}
			buf.Write(chunk[w:k])
			if rerr == nil {
				_, rerr = buf.ReadFrom(r)
			} else if rerr == io.EOF {
				rerr = nil
			}
			return buf.Bytes(), release, rerr
		}
		n += int64(k)
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return nil, release, rerr
		}
	}
	if n == 0 {
		return nil, release, nil
	}
	data, unmap, err := mapFile(f, n)
	if err != nil {
		data = make([]byte, n)
		_, err = f.ReadAt(data, 0)
		return data, release, err
	}
	return data, unmap, nil
}

// Load reads a plan or state JSON document from r; name is used in messages.
func Load(name string, r io.Reader) (*Plan, error) {
	return load(context.Background(), name, r, Options{})
}

var zipMagic = []byte("PK\x03\x04")

func load(ctx context.Context, name string, r io.Reader, opt Options) (*Plan, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	// Skip leading whitespace without keeping it, so that an endless stream
	// of blanks costs no memory.
	var skipped int64
	for {
		buf, err := br.Peek(br.Size())
		n := 0
		for n < len(buf) && (buf[n] == ' ' || buf[n] == '\t' || buf[n] == '\n' || buf[n] == '\r') {
			n++
		}
		skipped += int64(n)
		if _, derr := br.Discard(n); derr != nil {
			return nil, inputErr(name, "cannot read: %v", derr)
		}
		if n < len(buf) {
			break // a non-blank byte
		}
		if skipped > MaxInputSize {
			return nil, inputErr(name, "more than %d bytes of whitespace and no JSON", int64(MaxInputSize))
		}
		if err == io.EOF {
			if skipped == 0 {
				return nil, inputErr(name, "empty input: expected a plan or state JSON from `terraform show -json`")
			}
			return nil, inputErr(name, "only whitespace (%d bytes): expected a plan or state JSON from `terraform show -json`", skipped)
		}
		if err != nil && err != bufio.ErrBufferFull {
			return nil, inputErr(name, "cannot read: %v", err)
		}
	}
	head, _ := br.Peek(4)
	if bytes.Equal(head, zipMagic) {
		if name == "-" {
			return nil, inputErr(name, "is a binary plan file; binary plans must be given as a file path (srmlint runs `terraform show -json` on it)")
		}
		return loadBinary(ctx, name, opt)
	}
	data, release, err := readInput(br, opt.sizeHint, spoolFile)
	defer release()
	if err != nil {
		return nil, inputErr(name, "cannot read: %v", err)
	}
	if len(data) > MaxInputSize {
		return nil, inputErr(name, "larger than %d bytes", int64(MaxInputSize))
	}
	return guardFaults(name, func() (*Plan, error) { return Parse(name, data, skipped) })
}

// Parse decodes plan or state JSON. offset is the number of bytes that
// preceded data in the input (for error positions).
func Parse(name string, data []byte, offset int64) (*Plan, error) {
	switch data[0] {
	case '{':
	case '[':
		return nil, inputErr(name, "is a JSON array, not a Terraform plan or state (expected the object printed by `terraform show -json`)")
	case 'n':
		return nil, inputErr(name, "is JSON null, not a Terraform plan or state")
	default:
		if json.Valid(data) {
			return nil, inputErr(name, "is a JSON %s, not a Terraform plan or state object", jsonKind(data[0]))
		}
		if !utf8.Valid(data[:min(len(data), 512)]) {
			return nil, inputErr(name, "is not JSON (binary data that is not a Terraform plan file)")
		}
		return nil, inputErr(name, "is not JSON (starts with %q)", firstLine(data))
	}
	keys, rawVersion, err := scanJSON(data)
	if err != nil {
		var se *scanError
		if errors.As(err, &se) {
			if se.truncated {
				return nil, inputErr(name, "truncated JSON: input ends at byte %d inside a value (was the file cut off?)", offset+int64(len(data)))
			}
			line, col := lineCol(data, int64(se.offset))
			return nil, inputErr(name, "invalid JSON at byte %d (line %d, column %d): %s", offset+int64(se.offset), line, col, se.msg)
		}
		return nil, inputErr(name, "%v", err)
	}
	if !utf8.Valid(data) {
		return nil, inputErr(name, "contains invalid UTF-8 (at byte %d)", offset+int64(invalidUTF8At(data)))
	}
	if rawVersion == nil {
		return nil, inputErr(name, "not a Terraform plan or state: no format_version (is this the output of `terraform show -json`?)")
	}
	var fv string
	if err := json.Unmarshal(rawVersion, &fv); err != nil {
		return nil, inputErr(name, "format_version must be a string, not %s", rawVersion)
	}
	has := func(k string) bool { return slices.Contains(keys, k) }
	kind := KindState
	if has("planned_values") || has("resource_changes") || has("configuration") || has("prior_state") {
		kind = KindPlan
	}
	if !supportedFormat(fv) {
		return nil, inputErr(name, "unsupported %s format_version %q (srmlint reads format 0.1 up to 1.x, as written by Terraform 0.12 and later and OpenTofu)", kind, fv)
	}
	if kind == KindPlan {
		if has("values") {
			return nil, inputErr(name, "has both plan keys and a state's values key; not a plan or state from `terraform show -json`")
		}
		return buildFromPlan(name, data, offset)
	}
	return buildFromState(name, data, offset)
}

func supportedFormat(v string) bool {
	major, rest, _ := strings.Cut(v, ".")
	if _, ok := atoi(rest); !ok && rest != "" {
		// allow "1.2" and "0.1" only
		return false
	}
	return (major == "0" && rest != "" && rest != "0") || major == "1"
}

func decodeErr(name string, err error, data []byte, offset int64) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		if strings.Contains(se.Error(), "unexpected end of JSON input") {
			return inputErr(name, "truncated JSON: input ends at byte %d inside a value (was the file cut off?)", offset+int64(len(data)))
		}
		at := se.Offset - 1 // Offset counts the offending byte
		line, col := lineCol(data, at)
		return inputErr(name, "invalid JSON at byte %d (line %d, column %d): %s", offset+at, line, col, se.Error())
	case errors.As(err, &te):
		where := te.Field
		if where == "" {
			where = "a value"
		}
		return inputErr(name, "invalid plan JSON at byte %d: %s must not be a JSON %s", offset+te.Offset, where, te.Value)
	}
	return inputErr(name, "invalid plan or state: %v", err)
}

// lineCol returns the 1-based line and column of byte offset i of data.
func lineCol(data []byte, i int64) (int, int) {
	i = max(0, min(i, int64(len(data))))
	line := 1 + bytes.Count(data[:i], []byte("\n"))
	col := int(i) - bytes.LastIndexByte(data[:i], '\n')
	return line, col
}

func jsonKind(b byte) string {
	switch {
	case b == '"':
		return "string"
	case b == 't' || b == 'f':
		return "boolean"
	default:
		return "number"
	}
}

func firstLine(b []byte) string {
	b = b[:min(len(b), 40)]
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return strings.ToValidUTF8(string(b), "?")
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// loadBinary converts a binary plan file with `terraform show -json`.
func loadBinary(ctx context.Context, name string, opt Options) (*Plan, error) {
	bin := opt.Terraform
	if bin == "" {
		for _, c := range []string{"terraform", "tofu"} {
			if p, err := exec.LookPath(c); err == nil {
				bin = p
				break
			}
		}
	}
	if bin == "" {
		return nil, inputErr(name, "is a binary plan file, and neither terraform nor tofu is on PATH to convert it; run `terraform show -json %s > plan.json` and lint plan.json", name)
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, inputErr(name, "%v", err)
	}
	if opt.Notify != nil {
		opt.Notify(fmt.Sprintf("%s: binary plan file, converting with `%s show -json`", name, bin))
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "show", "-json", "-no-color", abs)
	cmd.Dir = opt.Dir
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, inputErr(name, "%v", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, showFailed(name, bin, err.Error())
	}
	out, release, rerr := readInput(stdout, 0, spoolFile)
	defer release()
	if rerr != nil || len(out) > MaxInputSize {
		cmd.Process.Kill() // it may be blocked writing the rest
	}
	if err := cmd.Wait(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, showFailed(name, bin, msg)
	}
	switch {
	case rerr != nil:
		return nil, inputErr(name, "reading the output of `%s show -json`: %v", filepath.Base(bin), rerr)
	case len(out) > MaxInputSize:
		return nil, inputErr(name, "`%s show -json` printed more than %d bytes", filepath.Base(bin), int64(MaxInputSize))
	}
	data := bytes.TrimLeft(out, " \t\r\n")
	if len(data) == 0 {
		return nil, inputErr(name, "`%s show -json` printed nothing", filepath.Base(bin))
	}
	p, err := guardFaults(name, func() (*Plan, error) { return Parse(name, data, 0) })
	if err != nil {
		return nil, err
	}
	p.ConvertedWith = bin
	return p, nil
}

func showFailed(name, bin, msg string) error {
	return inputErr(name, "`%s show -json` failed (run it in the directory where `init` was run, or convert the plan yourself): %s", filepath.Base(bin), lastLines(msg, 6))
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " ")
}

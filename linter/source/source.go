// Package source indexes Terraform configuration files with hcl/v2 so that
// findings, which the plan locates only by address, can point at file:line.
// It follows local module calls (and modules installed by `terraform init`,
// via .terraform/modules/modules.json) and collects inline suppressions:
//
//	# srmlint:ignore <rule-id> <reason>
//
// on the lines directly above a resource block or inside it.
package source

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Location is a range in a source file. Lines and columns are 1-based.
type Location struct {
	File      string // absolute path
	Line      int
	Column    int
	EndLine   int
	EndColumn int
}

// Ignore is one inline suppression comment.
type Ignore struct {
	RuleID string
	Reason string
	Loc    Location // where the comment is
	// Detached is set for a comment that is neither inside a resource block
	// nor directly above one, so it suppresses nothing.
	Detached bool
}

// Block is a resource block of the configuration.
type Block struct {
	Loc     Location
	Ignores []Ignore
	body    hcl.Body
}

// Index maps configuration addresses ("module.a.aws_s3_bucket.b") to their
// blocks.
type Index struct {
	Root   string            // the root module directory (absolute)
	Files  map[string][]byte // every parsed file, by absolute path
	blocks map[string]*Block
	// Malformed lists srmlint:ignore comments that cannot be honoured (no rule
	// ID or no reason); the caller decides whether they are fatal.
	Malformed []Ignore
	// Account is where findings about the account as a whole point: the
	// root module's first provider "aws" block, else its first terraform
	// block; nil when it has neither.
	Account *Location
	// accountIsProvider records that Account is a provider block, which
	// wins over a terraform block in a later file.
	accountIsProvider bool
	// Locals holds what each local value refers to, by module path ("" for
	// the root, "module.a.module.b") and name, as references in the form
	// the plan's configuration uses ("aws_vpc.main.id"). The plan JSON
	// omits locals, so without them a reference through a local leads
	// nowhere.
	Locals map[string]map[string][]string

	localExprs map[string]map[string]hcl.Expression // the expressions of Locals
}

// Error is a problem reading or parsing the source tree.
type Error struct {
	Diags hcl.Diagnostics
	Err   error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Err.Error()
	}
	var parts []string
	for _, d := range e.Diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		if d.Subject != nil {
			parts = append(parts, fmt.Sprintf("%s:%d,%d: %s; %s", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, d.Summary, d.Detail))
		} else {
			parts = append(parts, d.Summary+"; "+d.Detail)
		}
		if len(parts) == 5 {
			break
		}
	}
	return strings.Join(parts, "\n")
}

// maxModuleDepth bounds module nesting, which also stops module loops
// (a module whose source is itself, or a symlink cycle).
const maxModuleDepth = 24

var rootSchema = &hcl.BodySchema{
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "resource", LabelNames: []string{"type", "name"}},
		{Type: "data", LabelNames: []string{"type", "name"}},
		{Type: "module", LabelNames: []string{"name"}},
		{Type: "removed"},
		{Type: "provider", LabelNames: []string{"name"}},
		{Type: "terraform"},
		{Type: "locals"},
	},
}

var removedSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "from"}},
}

var moduleSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "source"}},
}

// Build indexes the configuration in dir. A directory without .tf files
// yields an empty index; syntax errors and unreadable files are errors.
func Build(dir string) (*Index, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, &Error{Err: err}
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, &Error{Err: fmt.Errorf("source directory %s: %w", dir, unwrapPath(err))}
	}
	if !st.IsDir() {
		return nil, &Error{Err: fmt.Errorf("source directory %s: not a directory", dir)}
	}
	ix := &Index{Root: abs, Files: map[string][]byte{}, blocks: map[string]*Block{}, Locals: map[string]map[string][]string{}, localExprs: map[string]map[string]hcl.Expression{}}
	b := &builder{ix: ix, parser: hclparse.NewParser(), installed: installedModules(abs)}
	if err := b.module(abs, "", "", 0); err != nil {
		return nil, err
	}
	sort.Slice(ix.Malformed, func(i, j int) bool { return locLess(ix.Malformed[i].Loc, ix.Malformed[j].Loc) })
	return ix, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type builder struct {
	ix        *Index
	parser    *hclparse.Parser
	installed map[string]string // module key ("a.b") -> directory, from modules.json
}

// module indexes the .tf and .tf.json files of dir as module path modPath;
// key is the module's key in modules.json ("" for the root).
func (b *builder) module(dir, modPath, key string, depth int) error {
	if depth > maxModuleDepth {
		return &Error{Err: fmt.Errorf("%s: modules nested more than %d deep (a module that calls itself?)", dir, maxModuleDepth)}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &Error{Err: fmt.Errorf("reading %s: %w", dir, unwrapPath(err))}
	}
	for _, e := range entries {
		name := e.Name()
		isJSON := strings.HasSuffix(name, ".tf.json")
		if !isJSON && !strings.HasSuffix(name, ".tf") || strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		if err := b.file(path, isJSON, dir, modPath, key, depth); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) file(path string, isJSON bool, dir, modPath, key string, depth int) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return &Error{Err: fmt.Errorf("reading %s: %w", path, unwrapPath(err))}
	}
	var f *hcl.File
	var diags hcl.Diagnostics
	if isJSON {
		f, diags = b.parser.ParseJSON(src, path)
	} else {
		f, diags = b.parser.ParseHCL(src, path)
	}
	if diags.HasErrors() {
		return &Error{Diags: diags}
	}
	b.ix.Files[path] = src
	content, _, diags := f.Body.PartialContent(rootSchema)
	if diags.HasErrors() {
		return &Error{Diags: diags}
	}
	var comments []comment
	if !isJSON {
		comments = lexComments(src, path)
	}
	used := map[int]bool{} // comments attached to some block
	for _, blk := range content.Blocks {
		switch blk.Type {
		case "resource", "data":
			local := blk.Labels[0] + "." + blk.Labels[1]
			if blk.Type == "data" {
				local = "data." + local
			}
			rng := blockRange(blk)
			block := &Block{Loc: toLoc(rng), body: blk.Body}
			block.Ignores = b.attachIgnores(comments, rng, used)
			b.ix.blocks[joinModule(modPath, local)] = block
		case "module":
			if err := b.child(blk, dir, modPath, key, depth); err != nil {
				return err
			}
		case "provider", "terraform":
			isAWS := blk.Type == "provider" && blk.Labels[0] == "aws"
			if modPath == "" && !b.ix.accountIsProvider && (isAWS || blk.Type == "terraform" && b.ix.Account == nil) {
				loc := toLoc(blockRange(blk))
				b.ix.Account, b.ix.accountIsProvider = &loc, isAWS
			}
		case "locals":
			b.locals(blk, modPath)
		case "removed":
			// A removed block is where the configuration deletes (or
			// forgets) a resource: findings about the deletion point here.
			if local := removedFrom(blk); local != "" && b.ix.blocks[joinModule(modPath, local)] == nil {
				rng := blockRange(blk)
				b.ix.blocks[joinModule(modPath, local)] = &Block{Loc: toLoc(rng), body: blk.Body, Ignores: b.attachIgnores(comments, rng, used)}
			}
		}
	}
	for i, c := range comments {
		if !used[i] && ignoreRe.MatchString(commentText(c)) {
			b.ix.Malformed = append(b.ix.Malformed, Ignore{Loc: toLoc(c.rng), Detached: true})
		}
	}
	return nil
}

// locals records the references of each value in a locals block.
// Terraform has validated the configuration, so a body it would reject
// (a nested block) just contributes the attributes hcl can read.
func (b *builder) locals(blk *hcl.Block, modPath string) {
	attrs, _ := blk.Body.JustAttributes()
	for name, attr := range attrs {
		var refs []string
		for _, tr := range attr.Expr.Variables() {
			if ref := plan.TraversalRef(tr); ref != "" {
				refs = append(refs, ref)
			}
		}
		sort.Strings(refs)
		if b.ix.Locals[modPath] == nil {
			b.ix.Locals[modPath] = map[string][]string{}
			b.ix.localExprs[modPath] = map[string]hcl.Expression{}
		}
		b.ix.Locals[modPath][name] = refs
		b.ix.localExprs[modPath][name] = attr.Expr
	}
}

// removedFrom returns the resource address a removed block's "from" names
// ("aws_s3_bucket.b", "module.m.aws_s3_bucket.b"), or "" when it names a
// whole module or cannot be read.
func removedFrom(blk *hcl.Block) string {
	content, _, _ := blk.Body.PartialContent(removedSchema)
	attr, ok := content.Attributes["from"]
	if !ok {
		return ""
	}
	tr, diags := hcl.AbsTraversalForExpr(attr.Expr)
	if diags.HasErrors() {
		return ""
	}
	var parts []string
	for _, step := range tr {
		switch st := step.(type) {
		case hcl.TraverseRoot:
			parts = append(parts, st.Name)
		case hcl.TraverseAttr:
			parts = append(parts, st.Name)
		default:
			return "" // instance keys are not allowed in from
		}
	}
	n := len(parts)
	if n < 2 || parts[n-2] == "module" {
		return ""
	}
	if n >= 3 && parts[n-3] == "data" {
		return ""
	}
	return strings.Join(parts, ".")
}

// child follows a module block to its source directory: a local path, or
// the directory `terraform init` installed it in.
func (b *builder) child(blk *hcl.Block, dir, modPath, key string, depth int) error {
	name := blk.Labels[0]
	childPath := joinModule(modPath, "module."+name)
	childKey := name
	if key != "" {
		childKey = key + "." + name
	}
	content, _, _ := blk.Body.PartialContent(moduleSchema)
	var src string
	if attr, ok := content.Attributes["source"]; ok {
		if v, diags := attr.Expr.Value(nil); !diags.HasErrors() && v.Type().FriendlyName() == "string" && v.IsKnown() && !v.IsNull() {
			src = v.AsString()
		}
	}
	var childDir string
	switch {
	case strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../"):
		childDir = filepath.Join(dir, filepath.FromSlash(src))
	case b.installed[childKey] != "":
		childDir = b.installed[childKey]
	default:
		return nil // a registry or remote module that is not installed here
	}
	if st, err := os.Stat(childDir); err != nil || !st.IsDir() {
		return nil // not present in this checkout; findings there go unlocated
	}
	return b.module(childDir, childPath, childKey, depth+1)
}

// installedModules reads .terraform/modules/modules.json, which maps module
// keys to the directories `terraform init` installed them in.
func installedModules(root string) map[string]string {
	data, err := os.ReadFile(filepath.Join(root, ".terraform", "modules", "modules.json"))
	if err != nil {
		return nil
	}
	var m struct {
		Modules []struct{ Key, Dir string }
	}
	if json.Unmarshal(data, &m) != nil {
		return nil
	}
	out := map[string]string{}
	for _, mod := range m.Modules {
		if mod.Key != "" && mod.Dir != "" {
			out[mod.Key] = filepath.Join(root, filepath.FromSlash(mod.Dir))
		}
	}
	return out
}

// blockRange spans a block from its type keyword to its closing brace.
func blockRange(blk *hcl.Block) hcl.Range {
	if sb, ok := blk.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(blk.DefRange, sb.SrcRange)
	}
	return blk.DefRange
}

func toLoc(r hcl.Range) Location {
	return Location{File: r.Filename, Line: r.Start.Line, Column: r.Start.Column, EndLine: r.End.Line, EndColumn: r.End.Column}
}

func joinModule(mod, local string) string {
	if mod == "" {
		return local
	}
	return mod + "." + local
}

// AttrExpr returns the expression of a top-level attribute of a resource
// or data block ("policy" of "module.a.aws_iam_policy.p"), or nil.
func (ix *Index) AttrExpr(configAddr, attr string) hcl.Expression {
	if ix == nil || ix.blocks[configAddr] == nil {
		return nil
	}
	if sb, ok := ix.blocks[configAddr].body.(*hclsyntax.Body); ok {
		if a := sb.Attributes[attr]; a != nil {
			return a.Expr
		}
	}
	return nil
}

// LocalExpr returns the expression of a local value of a module ("" for the
// root, "module.a"), or nil.
func (ix *Index) LocalExpr(modPath, name string) hcl.Expression {
	if ix == nil {
		return nil
	}
	return ix.localExprs[modPath][name]
}

// Lookup returns the location of a configuration address, or of one of its
// attributes when attr (a dotted path such as "rule.0.status") is set and
// present in the source. ok is false when the block is not in the index.
func (ix *Index) Lookup(configAddr, attr string) (Location, bool) {
	if ix == nil {
		return Location{}, false
	}
	blk := ix.blocks[configAddr]
	if blk == nil {
		return Location{}, false
	}
	if attr != "" {
		if r, ok := attrRange(blk.body, strings.Split(attr, ".")); ok {
			return toLoc(r), true
		}
	}
	return blk.Loc, true
}

// attrRange finds the deepest range of a dotted attribute path in a native
// syntax body; nested blocks are walked by type and index.
func attrRange(body hcl.Body, steps []string) (hcl.Range, bool) {
	sb, ok := body.(*hclsyntax.Body)
	if !ok || len(steps) == 0 {
		return hcl.Range{}, false
	}
	if a, ok := sb.Attributes[steps[0]]; ok {
		return a.SrcRange, true
	}
	var blocks []*hclsyntax.Block
	for _, blk := range sb.Blocks {
		if blk.Type == steps[0] {
			blocks = append(blocks, blk)
		}
	}
	if len(blocks) == 0 {
		return hcl.Range{}, false
	}
	rest := steps[1:]
	blk := blocks[0]
	if len(rest) > 0 {
		if i, err := strconv.Atoi(rest[0]); err == nil {
			if i >= len(blocks) {
				return hcl.Range{}, false
			}
			blk, rest = blocks[i], rest[1:]
		}
	}
	if r, ok := attrRange(blk.Body, rest); ok {
		return r, true
	}
	return hcl.RangeBetween(blk.TypeRange, blk.OpenBraceRange), true
}

// Ignores returns the suppression comments attached to a configuration
// address.
func (ix *Index) Ignores(configAddr string) []Ignore {
	if ix == nil || ix.blocks[configAddr] == nil {
		return nil
	}
	return ix.blocks[configAddr].Ignores
}

// AllIgnores returns every well-formed suppression comment, by position.
func (ix *Index) AllIgnores() []Ignore {
	if ix == nil {
		return nil
	}
	var out []Ignore
	for _, b := range ix.blocks {
		out = append(out, b.Ignores...)
	}
	sort.Slice(out, func(i, j int) bool { return locLess(out[i].Loc, out[j].Loc) })
	return out
}

func locLess(a, b Location) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	return a.Line < b.Line
}

type comment struct {
	text string
	rng  hcl.Range
}

func lexComments(src []byte, path string) []comment {
	toks, _ := hclsyntax.LexConfig(src, path, hcl.InitialPos)
	var out []comment
	for _, t := range toks {
		if t.Type == hclsyntax.TokenComment {
			out = append(out, comment{text: string(t.Bytes), rng: t.Range})
		}
	}
	return out
}

func commentText(c comment) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c.text), "*/"))
}

var ignoreRe = regexp.MustCompile(`^(?:#|//|/\*)\s*srmlint:ignore\b(.*)$`)

// attachIgnores returns the srmlint:ignore comments inside the block's range
// or in the run of comment lines directly above it.
func (b *builder) attachIgnores(comments []comment, blk hcl.Range, used map[int]bool) []Ignore {
	var out []Ignore
	// the comment lines directly above the block, nearest first
	above := blk.Start.Line - 1
	attached := map[int]bool{}
	for i := len(comments) - 1; i >= 0; i-- {
		c := comments[i]
		if c.rng.Start.Line >= blk.Start.Line {
			continue
		}
		end := c.rng.End.Line
		if c.rng.End.Column == 1 {
			end-- // a line comment's token includes its newline
		}
		if end == above {
			attached[i] = true
			above = c.rng.Start.Line - 1
		}
	}
	for i, c := range comments {
		inside := c.rng.Start.Byte >= blk.Start.Byte && c.rng.End.Byte <= blk.End.Byte
		if !inside && !attached[i] {
			continue
		}
		m := ignoreRe.FindStringSubmatch(commentText(c))
		if m == nil {
			continue
		}
		used[i] = true
		fields := strings.Fields(m[1])
		ig := Ignore{Loc: toLoc(c.rng)}
		if len(fields) > 0 {
			ig.RuleID = fields[0]
			ig.Reason = strings.Join(fields[1:], " ")
		}
		if ig.RuleID == "" || ig.Reason == "" {
			b.ix.Malformed = append(b.ix.Malformed, ig)
			continue
		}
		out = append(out, ig)
	}
	return out
}

// DisplayPath shows a path relative to the working directory, with forward
// slashes, so that reports do not depend on where the checkout lives.
func DisplayPath(p string) string {
	if wd, err := os.Getwd(); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			if rel, err := filepath.Rel(wd, abs); err == nil {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(p)
}

// Package catalog holds the reference data srmlint is built on: the AWS
// Security Hub control catalog with its CIS, NIST 800-53 and ISO 27001
// mappings, the Shared Responsibility matrix, the IAM privilege-escalation
// paths and the IAM Access Analyzer policy checks.
//
// The data files under data/ are copies of the project's reference tables
// (see data/README.md for their sources); they are embedded so that the CLI
// and the provider are single static binaries.
package catalog

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Framework keys used in finding and report output. They are part of the JSON
// schema: never rename one.
const (
	FrameworkSecurityHub = "securityhub" // every Security Hub control ID, in FSBP or not
	FrameworkFSBP        = "fsbp"        // AWS Foundational Security Best Practices v1.0.0
	FrameworkCIS14       = "cis_v1.4.0"
	FrameworkCIS30       = "cis_v3.0.0"
	FrameworkCIS50       = "cis_v5.0.0"
	FrameworkNIST        = "nist_800_53_r5"
	FrameworkISO         = "iso_27001_2022"
)

// Frameworks lists the framework keys in report order.
var Frameworks = []string{FrameworkFSBP, FrameworkSecurityHub, FrameworkCIS14, FrameworkCIS30, FrameworkCIS50, FrameworkNIST, FrameworkISO}

// FrameworkTitle returns the human-readable name of a framework key.
func FrameworkTitle(key string) string {
	switch key {
	case FrameworkSecurityHub:
		return "AWS Security Hub controls"
	case FrameworkFSBP:
		return "AWS Foundational Security Best Practices v1.0.0"
	case FrameworkCIS14:
		return "CIS AWS Foundations Benchmark v1.4.0"
	case FrameworkCIS30:
		return "CIS AWS Foundations Benchmark v3.0.0"
	case FrameworkCIS50:
		return "CIS AWS Foundations Benchmark v5.0.0"
	case FrameworkNIST:
		return "NIST SP 800-53 Rev. 5"
	case FrameworkISO:
		return "ISO/IEC 27001:2022 Annex A"
	}
	return key
}

// Control is one Security Hub control with its mappings (a row of fsbp.tsv).
type Control struct {
	ID            string // e.g. "S3.8"
	Title         string
	Severity      string // CRITICAL, HIGH, MEDIUM or LOW, as Security Hub rates it
	InFSBP        bool
	Retired       bool
	Standards     []string
	ConfigRule    string
	ResourceTypes string // the Terraform resource types that carry the setting
	Check         string // what to check, in words
	PlanCheckable string // yes, partial (...), no (...)
	CIS14         []string
	CIS30         []string
	CIS50         []string
	NIST          []string
	ISO           []string // Annex A controls (topical mapping; see data/README.md)
	MappingSource string
}

// Mappings returns the control's IDs per framework key (only non-empty ones).
func (c *Control) Mappings() map[string][]string {
	m := map[string][]string{FrameworkSecurityHub: {c.ID}}
	if c.InFSBP {
		m[FrameworkFSBP] = []string{c.ID}
	}
	add := func(k string, v []string) {
		if len(v) > 0 {
			m[k] = v
		}
	}
	add(FrameworkCIS14, c.CIS14)
	add(FrameworkCIS30, c.CIS30)
	add(FrameworkCIS50, c.CIS50)
	add(FrameworkNIST, c.NIST)
	add(FrameworkISO, c.ISO)
	return m
}

var (
	loadOnce sync.Once
	controls map[string]*Control
	ctrlIDs  []string
	matrix   []MatrixRow
	privesc  []PrivescPath
	aaChecks []AccessAnalyzerCheck
	loadErr  error
)

func load() {
	loadOnce.Do(func() {
		loadErr = loadAll()
	})
	if loadErr != nil {
		// The data is embedded at build time; a parse error is a build defect
		// caught by this package's tests, never a user input problem.
		panic(loadErr)
	}
}

func loadAll() error {
	rows, err := readTSV("fsbp.tsv", 17)
	if err != nil {
		return err
	}
	controls = make(map[string]*Control, len(rows))
	for _, r := range rows {
		c := &Control{
			ID:            r["control_id"],
			Title:         r["title"],
			Severity:      strings.ToUpper(r["severity"]),
			InFSBP:        r["in_fsbp"] == "yes",
			Retired:       strings.Contains(r["in_fsbp"], "retired"),
			Standards:     splitList(r["standards_2025"], ";"),
			ConfigRule:    r["aws_config_rule"],
			ResourceTypes: r["tf_resource_types"],
			Check:         r["tf_check"],
			PlanCheckable: r["plan_checkable"],
			CIS14:         cisIDs(r["cis_v1.4.0"]),
			CIS30:         cisIDs(r["cis_v3.0.0"]),
			CIS50:         cisIDs(r["cis_v5.0.0"]),
			NIST:          strings.Fields(r["nist_800_53_r5"]),
			ISO:           strings.Fields(r["iso27001_2022_inferred"]),
			MappingSource: r["mapping_source"],
		}
		if len(c.ISO) == 0 {
			c.ISO = strings.Fields(r["iso27001_2022_prowler"])
		}
		if c.ID == "" {
			return fmt.Errorf("catalog: fsbp.tsv: row without control_id")
		}
		if _, dup := controls[c.ID]; dup {
			return fmt.Errorf("catalog: fsbp.tsv: duplicate control %s", c.ID)
		}
		controls[c.ID] = c
		ctrlIDs = append(ctrlIDs, c.ID)
	}
	sort.Slice(ctrlIDs, func(i, j int) bool { return ControlLess(ctrlIDs[i], ctrlIDs[j]) })
	if matrix, err = loadMatrix(); err != nil {
		return err
	}
	if privesc, err = loadPrivesc(); err != nil {
		return err
	}
	aaChecks, err = loadAccessAnalyzer()
	return err
}

// cisRe takes the section number from a cell such as "1.2 (inferred from ...)".
var cisRe = regexp.MustCompile(`^\d+(\.\d+)*`)

func cisIDs(cell string) []string {
	var out []string
	for _, part := range strings.Split(cell, ";") {
		if id := cisRe.FindString(strings.TrimSpace(part)); id != "" {
			out = append(out, id)
		}
	}
	return out
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readTSV parses an embedded TSV file into header-keyed rows, checking that
// every row has the expected number of columns.
func readTSV(name string, cols int) ([]map[string]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	header := strings.Split(lines[0], "\t")
	if len(header) != cols {
		return nil, fmt.Errorf("catalog: %s: header has %d columns, want %d", name, len(header), cols)
	}
	rows := make([]map[string]string, 0, len(lines)-1)
	for i, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return nil, fmt.Errorf("catalog: %s:%d: %d columns, want %d", name, i+2, len(f), cols)
		}
		row := make(map[string]string, cols)
		for j, h := range header {
			row[h] = strings.TrimSpace(f[j])
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// LookupControl returns the Security Hub control with the given ID
// (case-insensitive, e.g. "s3.8").
func LookupControl(id string) (*Control, bool) {
	load()
	c, ok := controls[id]
	if !ok {
		for k, v := range controls {
			if strings.EqualFold(k, id) {
				return v, true
			}
		}
	}
	return c, ok
}

// Controls returns every control, ordered by service then number.
func Controls() []*Control {
	load()
	out := make([]*Control, len(ctrlIDs))
	for i, id := range ctrlIDs {
		out[i] = controls[id]
	}
	return out
}

// ControlLess orders control IDs such as "S3.9" < "S3.10" and "IAM.2" < "KMS.1".
func ControlLess(a, b string) bool {
	as, an := splitControlID(a)
	bs, bn := splitControlID(b)
	if as != bs {
		return as < bs
	}
	if an != bn {
		return an < bn
	}
	return a < b
}

func splitControlID(id string) (string, int) {
	i := strings.LastIndexByte(id, '.')
	if i < 0 {
		return id, 0
	}
	n := 0
	for _, c := range id[i+1:] {
		if c < '0' || c > '9' {
			return id, 0
		}
		n = n*10 + int(c-'0')
	}
	return id[:i], n
}

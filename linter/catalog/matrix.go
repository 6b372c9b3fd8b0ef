package catalog

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Owner values of the responsibility matrix.
const (
	OwnerAWS      = "aws"
	OwnerCustomer = "customer"
	OwnerShared   = "shared"
	OwnerNA       = "n/a"
)

// Owners lists the valid owner values.
var Owners = []string{OwnerAWS, OwnerCustomer, OwnerShared, OwnerNA}

// MatrixRow is one cell of the Shared Responsibility matrix: who owns a
// control area for a service.
type MatrixRow struct {
	Service      string // e.g. "S3"
	ServiceModel string // infrastructure, container or abstracted (AWS whitepaper categories)
	ModelDetail  string // e.g. "SaaS-like/object storage"
	ControlArea  string // e.g. "encryption_at_rest"
	Owner        string // aws, customer, shared or n/a
	Source       string // URL(s), or "inferred"
	Note         string
}

// Inferred reports whether the cell is the maintainers' inference rather than
// a statement in an AWS document.
func (r MatrixRow) Inferred() bool { return r.Source == "inferred" }

func loadMatrix() ([]MatrixRow, error) {
	rows, err := readTSV("matrix.tsv", 8)
	if err != nil {
		return nil, err
	}
	out := make([]MatrixRow, 0, len(rows))
	for i, r := range rows {
		m := MatrixRow{
			Service:      r["service"],
			ServiceModel: serviceModel(r["aws_framing"]),
			ModelDetail:  r["service_model"],
			ControlArea:  r["control_area"],
			Owner:        r["owner"],
			Source:       r["source"],
			Note:         r["note"],
		}
		if !slices.Contains(Owners, m.Owner) {
			return nil, fmt.Errorf("catalog: matrix.tsv:%d: owner %q is not one of %s", i+2, m.Owner, strings.Join(Owners, ", "))
		}
		if m.ServiceModel == "" {
			return nil, fmt.Errorf("catalog: matrix.tsv:%d: unknown aws_framing %q", i+2, r["aws_framing"])
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Service != out[j].Service {
			return out[i].Service < out[j].Service
		}
		return areaIndex(out[i].ControlArea) < areaIndex(out[j].ControlArea)
	})
	return out, nil
}

// Service models, after the AWS Security Best Practices whitepaper.
const (
	ModelInfrastructure = "infrastructure" // IaaS: EC2, EBS, VPC
	ModelContainer      = "container"      // RDS, ECS, EKS
	ModelAbstracted     = "abstracted"     // S3, DynamoDB, SQS, IAM, KMS
)

// ServiceModels lists the valid service models.
var ServiceModels = []string{ModelInfrastructure, ModelContainer, ModelAbstracted}

func serviceModel(framing string) string {
	for _, m := range ServiceModels {
		if strings.HasPrefix(framing, m) {
			return m
		}
	}
	return ""
}

// ControlAreas lists the matrix's control areas, from the physical layer up.
var ControlAreas = []string{
	"physical_facilities",
	"network_infrastructure",
	"virtualization_hypervisor",
	"guest_os_patching",
	"network_firewall_config",
	"platform_runtime",
	"application_code",
	"identity_access_management",
	"data_classification_content",
	"encryption_at_rest",
	"encryption_in_transit",
	"key_management",
	"logging_monitoring_config",
	"backup_recovery_config",
	"compliance_evidence",
}

func areaIndex(a string) int {
	for i, v := range ControlAreas {
		if v == a {
			return i
		}
	}
	return len(ControlAreas)
}

// Matrix returns every cell of the responsibility matrix, ordered by service
// then control area.
func Matrix() []MatrixRow {
	load()
	return append([]MatrixRow(nil), matrix...)
}

// Services returns the matrix's service names, sorted.
func Services() []string {
	load()
	var out []string
	for _, r := range matrix {
		if len(out) == 0 || out[len(out)-1] != r.Service {
			out = append(out, r.Service)
		}
	}
	return out
}

// Responsibility returns the matrix cell for a service and control area
// (both case-insensitive).
func Responsibility(service, area string) (MatrixRow, bool) {
	load()
	for _, r := range matrix {
		if strings.EqualFold(r.Service, service) && strings.EqualFold(r.ControlArea, area) {
			return r, true
		}
	}
	return MatrixRow{}, false
}

// CanonicalService returns the matrix's spelling of a service name matched
// case-insensitively, or "" when the matrix has no such service.
func CanonicalService(s string) string {
	for _, v := range Services() {
		if strings.EqualFold(v, s) {
			return v
		}
	}
	return ""
}

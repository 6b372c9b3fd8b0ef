package catalog

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestControls(t *testing.T) {
	all := Controls()
	if len(all) != 89 {
		t.Fatalf("got %d controls, want 89", len(all))
	}
	c, ok := LookupControl("s3.8")
	if !ok {
		t.Fatal("S3.8 not found")
	}
	want := map[string][]string{
		FrameworkSecurityHub: {"S3.8"},
		FrameworkFSBP:        {"S3.8"},
		FrameworkCIS14:       {"2.1.5"},
		FrameworkCIS30:       {"2.1.4"},
		FrameworkCIS50:       {"2.1.4"},
		FrameworkNIST:        {"AC-21", "AC-3", "AC-3(7)", "AC-4", "AC-4(21)", "AC-6", "SC-7", "SC-7(11)", "SC-7(16)", "SC-7(20)", "SC-7(21)", "SC-7(3)", "SC-7(4)", "SC-7(9)"},
		FrameworkISO:         {"A.5.15", "A.8.3", "A.8.12"},
	}
	if d := cmp.Diff(want, c.Mappings()); d != "" {
		t.Errorf("S3.8 mappings (-want +got):\n%s", d)
	}
	// "(inferred ...)" annotations are stripped; S3.14 is not in FSBP.
	if a, _ := LookupControl("Account.1"); len(a.CIS30) != 1 || a.CIS30[0] != "1.2" {
		t.Errorf("Account.1 CIS v3.0 = %q, want [1.2]", a.CIS30)
	}
	if s, _ := LookupControl("S3.14"); s.InFSBP {
		t.Error("S3.14 must not be in FSBP")
	}
	if r, _ := LookupControl("S3.4"); !r.Retired {
		t.Error("S3.4 is retired")
	}
}

func TestControlLess(t *testing.T) {
	for _, tc := range [][2]string{{"S3.9", "S3.10"}, {"IAM.2", "KMS.1"}, {"CloudTrail.1", "CloudWatch.1"}} {
		if !ControlLess(tc[0], tc[1]) || ControlLess(tc[1], tc[0]) {
			t.Errorf("want %s < %s", tc[0], tc[1])
		}
	}
}

func TestMatrix(t *testing.T) {
	m := Matrix()
	if len(m) != 27*15 {
		t.Fatalf("got %d cells, want %d", len(m), 27*15)
	}
	if got := len(Services()); got != 27 {
		t.Errorf("got %d services, want 27", got)
	}
	r, ok := Responsibility("s3", "PHYSICAL_FACILITIES")
	if !ok || r.Owner != OwnerAWS || r.ServiceModel != ModelAbstracted || r.Inferred() {
		t.Errorf("S3 physical_facilities = %+v", r)
	}
	r, _ = Responsibility("EC2", "guest_os_patching")
	if r.Owner != OwnerCustomer || r.ServiceModel != ModelInfrastructure {
		t.Errorf("EC2 guest_os_patching = %+v", r)
	}
	for _, row := range m {
		if areaIndex(row.ControlArea) == len(ControlAreas) {
			t.Errorf("unknown control area %q", row.ControlArea)
		}
	}
}

func TestPrivesc(t *testing.T) {
	p := PrivescPaths()
	if len(p) != 62 {
		t.Fatalf("got %d paths, want 62", len(p))
	}
	byID := map[string]PrivescPath{}
	for _, x := range p {
		byID[x.ID] = x
	}
	if d := cmp.Diff([]string{"iam:PassRole", "ec2:RunInstances"}, byID["RHINO-03"].Actions); d != "" {
		t.Errorf("RHINO-03 actions: %s", d)
	}
	r17 := byID["RHINO-17"]
	if len(r17.Actions) != 3 || len(r17.Optional) != 2 {
		t.Errorf("RHINO-17: actions %q optional %q", r17.Actions, r17.Optional)
	}
	if byID["CSPL-05"].Actions[0] != "ec2-instance-connect:sendsshpublickey" {
		t.Errorf("CSPL-05: %q", byID["CSPL-05"].Actions)
	}
}

func TestAccessAnalyzer(t *testing.T) {
	n := 0
	for _, c := range AccessAnalyzerChecks() {
		if c.FindingType == "SECURITY_WARNING" {
			n++
		}
		if c.IssueCode == "" {
			t.Errorf("%q: no issue code", c.Title)
		}
	}
	if n != 14 {
		t.Errorf("got %d security warnings, want 14", n)
	}
}

package provider

import (
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// testNow is the fixed day the acceptance tests run on.
var testNow = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

func fixedNow() time.Time { return testNow }

// protoV6ProviderFactories serves the provider in-process, with a fixed
// clock so that waiver expiry does not depend on the day the tests run.
func protoV6ProviderFactories() map[string]func() (tfprotov6.ProviderServer, error) {
	return map[string]func() (tfprotov6.ProviderServer, error){
		"srm": providerserver.NewProtocol6WithError(newWithClock("test", fixedNow)()),
	}
}

// functionsNeed is the Terraform version provider functions need.
var functionsNeed = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)}

func TestProviderSchemaValid(t *testing.T) {
	// Building the provider server validates every schema, function
	// definition and default.
	srv, err := providerserver.NewProtocol6WithError(New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.GetProviderSchema(t.Context(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range resp.Diagnostics {
		t.Errorf("%s: %s", d.Summary, d.Detail)
	}
	if len(resp.ResourceSchemas) != 3 || len(resp.DataSourceSchemas) != 4 || len(resp.Functions) != 4 {
		t.Errorf("got %d resources, %d data sources, %d functions", len(resp.ResourceSchemas), len(resp.DataSourceSchemas), len(resp.Functions))
	}
}

// Command terraform-provider-srm serves the srm Terraform provider.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/srmguard/terraform-provider-srm/provider"
)

// version is set by goreleaser: -ldflags "-X main.version=1.2.3".
var version = "dev"

func main() {
	debug := flag.Bool("debug", false, "run the provider with support for debuggers such as delve")
	flag.Parse()
	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/srmguard/srm",
		Debug:   *debug,
	})
	if err != nil {
		log.Fatal(err)
	}
}

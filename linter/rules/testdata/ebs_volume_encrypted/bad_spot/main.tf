# A spot instance request has root and EBS volumes like an instance.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_spot_instance_request" "spot" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted   = false # want "The root volume of aws_spot_instance_request.spot is not encrypted \(root_block_device.0.encrypted = false\)"
    volume_size = 20
  }
}

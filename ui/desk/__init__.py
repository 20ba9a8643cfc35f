"""The registration desk: scan or search a person, sign under the pact, save."""

"""Where a service is: the catalog a token carries, vendor profiles that build
endpoints no catalog lists, and the one resolver that picks among them."""

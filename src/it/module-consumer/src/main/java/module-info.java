/** A modular consumer: pars-renewal on the module path. */
module org.example.consumer {
  requires org.civictech.pars;
}

package org.civictech.pars.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.internal.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;

/**
 * The model {@code --dmn} prints ({@link DmnExport#xml}) is valid DMN 1.3, as a modeler reads
 * it: it validates against the OMG's DMN13.xsd (with DMNDI13, DC and DI), taken from the class
 * path, where Apache KIE's {@code kie-dmn-xsd-resources} jar ships the OMG's files unchanged.
 */
class DmnSchemaTest {

  private static final String DMN13_XSD = "org/omg/spec/DMN/20191111/DMN13.xsd";

  private static Schema dmn13() throws SAXException {
    URL xsd = Objects.requireNonNull(
        DmnSchemaTest.class.getClassLoader().getResource(DMN13_XSD), DMN13_XSD);
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
  }

  private static void validate(String xml) throws SAXException, IOException {
    dmn13().newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @ParameterizedTest(name = "requiring {0}")
  @ValueSource(ints = {1, 2, 3})
  void the_printed_model_validates_against_the_omg_dmn_1_3_schema(int votesRequired)
      throws SAXException, IOException {
    String xml = DmnXml.xml(RenewalDecider.requiring(votesRequired), Library.version());

    assertThat(xml).contains("xmlns=\"" + DmnXml.MODEL_NS + "\"")
        .contains("<dmndi:DMNDI>");
    validate(xml);
  }

  @Test
  void the_schema_rejects_a_model_that_breaks_it() {
    String broken = DmnXml.xml(RenewalDecider.twoOfThree(), Library.version())
        .replace("hitPolicy=\"FIRST\"", "hitPolicy=\"FRIST\"");

    assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class)
        .hasMessageContaining("FRIST");
  }
}

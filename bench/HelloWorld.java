/** The baseline for the cold-start comparison: the smallest Java program that prints a line. */
public final class HelloWorld {
  public static void main(String[] args) {
    System.out.println("Hello, World");
  }
}

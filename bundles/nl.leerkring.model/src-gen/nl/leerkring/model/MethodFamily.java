/**
 */
package nl.leerkring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Method Family</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leerkring.model.LeerkringPackage#getMethodFamily()
 * @model
 * @generated
 */
public enum MethodFamily implements Enumerator {
	/**
	 * The '<em><b>ACTIELEREN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIELEREN_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIELEREN(0, "ACTIELEREN", "ACTIELEREN"),

	/**
	 * The '<em><b>INTERVISIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVISIE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVISIE(1, "INTERVISIE", "INTERVISIE"),

	/**
	 * The '<em><b>WAARDEREND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAARDEREND_VALUE
	 * @generated
	 * @ordered
	 */
	WAARDEREND(2, "WAARDEREND", "WAARDEREND"),

	/**
	 * The '<em><b>CASUSBESPREKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASUSBESPREKING_VALUE
	 * @generated
	 * @ordered
	 */
	CASUSBESPREKING(3, "CASUSBESPREKING", "CASUSBESPREKING"),

	/**
	 * The '<em><b>BORDSESSIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDSESSIE_VALUE
	 * @generated
	 * @ordered
	 */
	BORDSESSIE(4, "BORDSESSIE", "BORDSESSIE"),

	/**
	 * The '<em><b>REFLECTIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECTIE_VALUE
	 * @generated
	 * @ordered
	 */
	REFLECTIE(5, "REFLECTIE", "REFLECTIE"),

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY(6, "COMMUNITY", "COMMUNITY"),

	/**
	 * The '<em><b>OVERIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERIG_VALUE
	 * @generated
	 * @ordered
	 */
	OVERIG(7, "OVERIG", "OVERIG"), /**
	 * The '<em><b>ACTIEONDERZOEK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIEONDERZOEK_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIEONDERZOEK(8, "ACTIEONDERZOEK", "ACTIEONDERZOEK"), /**
	 * The '<em><b>LEREN VAN INCIDENTEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEREN_VAN_INCIDENTEN_VALUE
	 * @generated
	 * @ordered
	 */
	LEREN_VAN_INCIDENTEN(9, "LEREN_VAN_INCIDENTEN", "LEREN_VAN_INCIDENTEN");

	/**
	 * The '<em><b>ACTIELEREN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIELEREN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIELEREN_VALUE = 0;

	/**
	 * The '<em><b>INTERVISIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVISIE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVISIE_VALUE = 1;

	/**
	 * The '<em><b>WAARDEREND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAARDEREND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WAARDEREND_VALUE = 2;

	/**
	 * The '<em><b>CASUSBESPREKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASUSBESPREKING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CASUSBESPREKING_VALUE = 3;

	/**
	 * The '<em><b>BORDSESSIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDSESSIE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BORDSESSIE_VALUE = 4;

	/**
	 * The '<em><b>REFLECTIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECTIE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFLECTIE_VALUE = 5;

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_VALUE = 6;

	/**
	 * The '<em><b>OVERIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERIG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVERIG_VALUE = 7;

	/**
	 * The '<em><b>ACTIEONDERZOEK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIEONDERZOEK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIEONDERZOEK_VALUE = 8;

	/**
	 * The '<em><b>LEREN VAN INCIDENTEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEREN_VAN_INCIDENTEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEREN_VAN_INCIDENTEN_VALUE = 9;

	/**
	 * An array of all the '<em><b>Method Family</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MethodFamily[] VALUES_ARRAY =
		new MethodFamily[] {
			ACTIELEREN,
			INTERVISIE,
			WAARDEREND,
			CASUSBESPREKING,
			BORDSESSIE,
			REFLECTIE,
			COMMUNITY,
			OVERIG,
			ACTIEONDERZOEK,
			LEREN_VAN_INCIDENTEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Method Family</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MethodFamily> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Method Family</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MethodFamily get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MethodFamily result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Method Family</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MethodFamily getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MethodFamily result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Method Family</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MethodFamily get(int value) {
		switch (value) {
			case ACTIELEREN_VALUE: return ACTIELEREN;
			case INTERVISIE_VALUE: return INTERVISIE;
			case WAARDEREND_VALUE: return WAARDEREND;
			case CASUSBESPREKING_VALUE: return CASUSBESPREKING;
			case BORDSESSIE_VALUE: return BORDSESSIE;
			case REFLECTIE_VALUE: return REFLECTIE;
			case COMMUNITY_VALUE: return COMMUNITY;
			case OVERIG_VALUE: return OVERIG;
			case ACTIEONDERZOEK_VALUE: return ACTIEONDERZOEK;
			case LEREN_VAN_INCIDENTEN_VALUE: return LEREN_VAN_INCIDENTEN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MethodFamily(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MethodFamily

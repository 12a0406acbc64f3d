/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Participant#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.Participant#getRoleId <em>Role Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Participant#getPersonId <em>Person Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Participant#isPresent <em>Present</em>}</li>
 *   <li>{@link nl.leerkring.model.Participant#isGuest <em>Guest</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.leerkring.model.LeerkringPackage#getParticipant_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Participant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role Id</em>' attribute.
	 * @see #setRoleId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getParticipant_RoleId()
	 * @model
	 * @generated
	 */
	String getRoleId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Participant#getRoleId <em>Role Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role Id</em>' attribute.
	 * @see #getRoleId()
	 * @generated
	 */
	void setRoleId(String value);

	/**
	 * Returns the value of the '<em><b>Person Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person behind the name; the name is kept as it was at the session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person Id</em>' attribute.
	 * @see #setPersonId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getParticipant_PersonId()
	 * @model
	 * @generated
	 */
	String getPersonId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Participant#getPersonId <em>Person Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person Id</em>' attribute.
	 * @see #getPersonId()
	 * @generated
	 */
	void setPersonId(String value);

	/**
	 * Returns the value of the '<em><b>Present</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Present</em>' attribute.
	 * @see #setPresent(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getParticipant_Present()
	 * @model default="true"
	 * @generated
	 */
	boolean isPresent();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Participant#isPresent <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Present</em>' attribute.
	 * @see #isPresent()
	 * @generated
	 */
	void setPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>Guest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone from outside the group who joined this session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest</em>' attribute.
	 * @see #setGuest(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getParticipant_Guest()
	 * @model
	 * @generated
	 */
	boolean isGuest();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Participant#isGuest <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest</em>' attribute.
	 * @see #isGuest()
	 * @generated
	 */
	void setGuest(boolean value);

} // Participant
